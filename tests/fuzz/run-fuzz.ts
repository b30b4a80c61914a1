/**
 * npm run fuzz -- --runs N [--seed S] [--core-only]: runs N generated and mutated inputs through every stage (or, with
 * --core-only, parse, link, validate, schedule, compile and the schema checks, for long runs) and prints runs,
 * failures, how many error-free plans went through the schema checks, and the slowest input. Failing inputs are
 * written to test-output/fuzz-failures/.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { checkInput, FuzzFailure } from './fuzz-check.js';
import { mutated, planText } from './plan-arbitraries.js';

const argv = process.argv.slice(2);
const option = (name: string, fallback: number) => {
    const i = argv.indexOf(name);
    return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const runs = option('--runs', 2000);
const seed = option('--seed', Date.now() % 100000);
const coreOnly = argv.includes('--core-only');
const examples = readdirSync('examples')
    .filter(f => f.endsWith('.rehab'))
    .map(f => readFileSync(`examples/${f}`, 'utf8'));

const arbitrary = fc.oneof(
    { weight: 10, arbitrary: planText },
    { weight: 9, arbitrary: fc.constantFrom(...examples).chain(mutated) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) }
);

async function main() {
    const started = Date.now();
    let failures = 0,
        slowest = { ms: 0, input: '' },
        done = 0,
        clean = 0;
    const batch = 500;
    for (let offset = 0; offset < runs; offset += batch) {
        const inputs = fc.sample(arbitrary, { numRuns: Math.min(batch, runs - offset), seed: seed + offset });
        for (const input of inputs) {
            try {
                const { ms, schemaChecked } = await checkInput(input, { coreOnly });
                if (schemaChecked) clean++;
                if (ms > slowest.ms) slowest = { ms, input };
            } catch (e) {
                failures++;
                const message = e instanceof FuzzFailure ? e.message : String(e);
                mkdirSync('test-output/fuzz-failures', { recursive: true });
                writeFileSync(`test-output/fuzz-failures/failure-${seed}-${done}.rehab`, input);
                console.error(`FAIL #${done}: ${message.split('\n')[0]}`);
            }
            done++;
        }
        console.error(`  ${done}/${runs} inputs, ${failures} failures`);
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(
        `fuzz: seed ${seed}, ${done} inputs${coreOnly ? ' (core stages)' : ' (all stages)'} in ${seconds.toFixed(0)} s, ${failures} failures (crashes, hangs, schema violations)`
    );
    console.log(`${clean} error-free plans compiled and validated against the zod schema and the JSON Schema`);
    mkdirSync('test-output', { recursive: true });
    writeFileSync('test-output/fuzz-slowest.rehab', slowest.input);
    console.log(`slowest input: ${slowest.ms.toFixed(0)} ms, ${slowest.input.length} characters (test-output/fuzz-slowest.rehab)`);
    process.exitCode = failures > 0 ? 1 : 0;
}

void main();
