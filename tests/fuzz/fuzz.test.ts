import { readFileSync, readdirSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { checkInput } from './fuzz-check.js';
import { mutated, planText } from './plan-arbitraries.js';

// About 2,000 inputs in all in CI; `npm run fuzz -- --runs N` runs more.
const RUNS = Number(process.env.FUZZ_RUNS ?? 0) || 900;
const TIMEOUT = 900_000;
const examples = readdirSync('examples')
    .filter(f => f.endsWith('.rehab'))
    .map(f => readFileSync(`examples/${f}`, 'utf8'));

describe('fuzzing', () => {
    test.prop([planText], { numRuns: RUNS, seed: 1 })(
        'grammatical plans never crash, and error-free ones compile to valid JSON',
        async text => {
            expect((await checkInput(text)).ms).toBeGreaterThanOrEqual(0);
        },
        TIMEOUT
    );

    test.prop([fc.constantFrom(...examples).chain(mutated)], { numRuns: RUNS, seed: 2 })(
        'mutated examples never crash',
        async text => {
            expect((await checkInput(text)).ms).toBeGreaterThanOrEqual(0);
        },
        TIMEOUT
    );

    test.prop([fc.string({ unit: 'binary', maxLength: 300 })], { numRuns: Math.ceil(RUNS / 4.5), seed: 3 })(
        'random unicode never crashes',
        async text => {
            expect((await checkInput(text)).ms).toBeGreaterThanOrEqual(0);
        },
        TIMEOUT
    );
});
