// A/B helper: median time to lex a generated plan (not part of npm run bench).
import { EmptyFileSystem } from 'langium';
import { createRehabServices } from '../../language/rehab-module.js';
import { generatePlan } from './generate-plan.js';

const { Rehab } = createRehabServices(EmptyFileSystem);
const text = generatePlan(Number(process.argv[2] ?? 5000));
const lexer = Rehab.parser.Lexer;
const times: number[] = [];
let tokens = 0;
for (let i = 0; i < 30; i++) {
    const t = performance.now();
    tokens = lexer.tokenize(text).tokens.length;
    times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(`${tokens} tokens: median ${times[15].toFixed(2)} ms (${(tokens / times[15]).toFixed(0)} tokens/ms)`);
