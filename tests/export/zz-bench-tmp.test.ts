import { writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { parseStartDate, planToICalendar } from '../../language/export/index.js';
import { validate } from '../test-services.js';
import { exampleFiles, loadExample } from '../export/load-example.js';

const OUT = process.env.ICS_OUT ?? '/tmp/icsb/before';
const start = parseStartDate('2027-01-04')!;

function time(label: string, f: () => string, runs = 5): string {
    let out = f(); // warm-up
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) { const t = performance.now(); out = f(); ms.push(performance.now() - t); }
    ms.sort((a, b) => a - b);
    console.log(`${label}: median ${ms[Math.floor(runs / 2)].toFixed(1)} ms, min ${ms[0].toFixed(1)} ms, ${out.length} chars, ${(out.match(/BEGIN:VEVENT/g) ?? []).length} events`);
    return out;
}

test('bench', async () => {
    for (const file of exampleFiles()) {
        const model = await loadExample(file);
        for (const language of [undefined, 'en', 'da'] as const) {
            writeFileSync(`${OUT}/${file}.${language ?? 'plan'}.ics`, planToICalendar(model, { start, language }));
        }
    }
    const rtr = await loadExample('return-to-running.rehab');
    time('return-to-running (52 weeks)', () => planToICalendar(rtr, { start }));
    const { document } = await validate('plan long { language da phase a weeks 1-520 { do calf-stretch 3 x 30 s hold, 3 times daily do ice 10 min, daily } review at week 6 "Tjek smerte ÆØÅ og ✓ 🦶" }');
    const long = time('520-week plan', () => planToICalendar(document.parseResult.value, { start }));
    writeFileSync(`${OUT}/long.ics`, long);
}, 120_000);
