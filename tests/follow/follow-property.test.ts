import { fc, test } from '@fast-check/vitest';
import { beforeAll, describe, expect } from 'vitest';
import type { Plan } from '../../language/generated/ast.js';
import { followDiary } from '../../language/follow/index.js';
import { dateOf, followPlanText, planOf } from './helpers.js';

// Generated diaries: days with or without each value, a few red flags, and now and then a row that cannot be
// read (a bad date, pain out of range, an unknown flag, a date twice). Whatever the diary:
// - the adapted schedule never grows running or strength faster than the plan does: from one week to the next
//   it either takes one plan step (growth the plan has) or goes to a week with no more running and strength;
// - every diary row is accounted for: used in its week, or reported with its line number.

let plan: Plan;
beforeAll(async () => {
    plan = await planOf(followPlanText({ stop: 'stop when first-step pain rises or pain above 7/10' }));
});

const pain = fc.option(
    fc.integer({ min: 0, max: 20 }).map(n => n / 2),
    { nil: undefined }
);
const day = fc.record({
    skip: fc.integer({ min: 0, max: 9 }).map(n => n < 2),
    fs: pain,
    act: pain,
    settled: fc.constantFrom('', 'yes', 'no', 'ja'),
    walk: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
    flag: fc.constantFrom('', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', 'fever', 'swelling'),
    broken: fc.constantFrom(
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        'date',
        'pain',
        'flag',
        'twice'
    )
});

type GeneratedDay = typeof day extends fc.Arbitrary<infer T> ? T : never;

function csv(days: GeneratedDay[]): { text: string; lines: number[] } {
    const rows = ['date,first-step,activity,settled,walk,flags'];
    const lines: number[] = [];
    days.forEach((d, i) => {
        if (d.skip) return;
        let date = dateOf(i),
            fs = d.fs === undefined ? '' : String(d.fs),
            flag: string = d.flag;
        if (d.broken === 'date') date = `2027-02-3${i % 10}x`;
        if (d.broken === 'pain') fs = '11';
        if (d.broken === 'flag') flag = 'sore';
        if (d.broken === 'twice' && i > 0) date = dateOf(i - 1);
        rows.push([date, fs, d.act ?? '', d.settled, d.walk ?? '', flag].join(','));
        lines.push(rows.length);
    });
    return { text: rows.join('\n') + '\n', lines };
}

describe('following generated diaries', () => {
    test.prop([fc.array(day, { minLength: 1, maxLength: 160 })], { numRuns: 60 })(
        'adapting never grows load faster than the plan, and every row is accounted for',
        diaryDays => {
            const { text, lines } = csv(diaryDays);
            const r = followDiary(plan, text);
            // Every row: used, or reported with its line.
            const used = new Set(r.weeks.flatMap(w => w.days.map(d => d.line)));
            const reported = new Set(r.issues.map(i => i.line));
            for (const line of lines) expect(used.has(line) || reported.has(line), `line ${line}`).toBe(true);
            expect(used.size).toBe(r.rows);
            // Growth: each step is a plan step, or to a week with no more load.
            const steps = [...r.weeks.map(w => ({ planWeek: w.planWeek, run: w.runMinutes.adapted, strength: w.strengthVolume.adapted }))];
            for (let i = 1; i < steps.length; i++) {
                const a = steps[i - 1],
                    b = steps[i];
                if (b.planWeek === a.planWeek + 1) continue;
                expect(b.planWeek).toBeLessThanOrEqual(a.planWeek);
                expect(b.run).toBeLessThanOrEqual(a.run);
                expect(b.strength).toBeLessThanOrEqual(a.strength);
            }
            if (r.next && r.weeks.length) expect(r.next.planWeek - r.weeks[r.weeks.length - 1].planWeek).toBeLessThanOrEqual(1);
        }
    );
});
