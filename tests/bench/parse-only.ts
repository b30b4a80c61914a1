// Parse-only timing for profiling (node --cpu-prof): minimum and median of N parses of a generated plan.
import { EmptyFileSystem } from 'langium';
import { createRehabServices } from '../../language/rehab-module.js';
import { generatePlan } from './generate-plan.js';
const { Rehab } = createRehabServices(EmptyFileSystem);
const text = generatePlan(Number(process.argv[2] ?? 5000));
const times: number[] = [];
for (let i = 0; i < Number(process.argv[3] ?? 20); i++) {
    const t = performance.now();
    const r = Rehab.parser.LangiumParser.parse(text);
    times.push(performance.now() - t);
    if (i === 0 && (r.parserErrors.length || r.lexerErrors.length)) console.log('errors', r.parserErrors.length, r.lexerErrors.length);
}
times.sort((a, b) => a - b);
console.log(JSON.stringify({ min: times[0], median: times[times.length >> 1] }));
