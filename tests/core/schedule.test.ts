import { afterEach, describe, expect, test } from 'vitest';
import { clearDocuments } from 'langium/test';
import { isActivity, isPhase } from '../../language/generated/ast.js';
import { computeSchedule, procedureWeeks } from '../../language/schedule/schedule.js';
import { Rehab, validate } from '../test-services.js';

afterEach(() => clearDocuments(Rehab.shared));

async function scheduleOf(body: string) {
    const { document } = await validate(`plan p {\n${body}\n}`);
    return computeSchedule(document.parseResult.value.plan!);
}

/** The dose of the first activity in each week, by week number. */
async function series(
    body: string,
    pick: (a: ReturnType<typeof computeSchedule>['weeks'][number]['activities'][number]) => number | undefined
) {
    const s = await scheduleOf(body);
    return s.weeks.map(w => (w.activities[0] ? pick(w.activities[0]) : undefined));
}

describe('the week-by-week schedule', () => {
    test("runs from week 1 to the last phase end, with each week's phase", async () => {
        const s = await scheduleOf('phase a weeks 1-2 { }\nphase b weeks 3-5 { }');
        expect(s.lastWeek).toBe(5);
        expect(s.weeks.map(w => w.phases.map(p => p.name).join())).toEqual(['a', 'a', 'b', 'b', 'b']);
    });

    test('relative progression compounds: +10 % a week for 13 weeks takes 10 min to 34.5 min', async () => {
        const runs = await series(
            'phase run weeks 13-26 { do walk-run 10 x (1 min run + 2 min walk), 3 times weekly { progress run-time +10 % every week } }',
            a => a.runMinutesPerSession
        );
        expect(runs[12]).toBeCloseTo(10, 9);
        expect(runs[13]).toBeCloseTo(11, 9);
        expect(runs[25]).toBeCloseTo(10 * Math.pow(1.1, 13), 9);
        expect(runs[25]!.toFixed(1)).toBe('34.5');
    });

    test('absolute steps every 2 weeks, capped by `until`', async () => {
        const reps = await series(
            'phase s weeks 2-12 { do heel-raise 3 x 8 reps, every other day { progress reps +2 every 2 weeks until 12 reps } }',
            a => a.reps
        );
        expect(reps.slice(1)).toEqual([8, 8, 10, 10, 12, 12, 12, 12, 12, 12, 12]);
    });

    test('a hold progression in seconds and a load progression in kg', async () => {
        const holds = await series(
            'phase s weeks 1-4 { do calf-stretch 3 x 20 s hold { progress hold +5 s every week until 30 s } }',
            a => a.holdSeconds
        );
        expect(holds).toEqual([20, 25, 30, 30]);
        const loads = await series(
            'phase s weeks 1-5 { do heel-raise 3 x 10 reps load 2 kg { progress load +2 kg every 2 weeks } }',
            a => a.loadKg
        );
        expect(loads).toEqual([2, 2, 4, 4, 6]);
    });

    test('a decreasing progression stops at its `until`', async () => {
        const minutes = await series(
            'phase s weeks 1-5 { do ice 15 min { progress duration -20 % every week until 10 min } }',
            a => a.minutes
        );
        expect(minutes[0]).toBe(15);
        expect(minutes[1]).toBeCloseTo(12, 9);
        expect(minutes[2]).toBe(10);
        expect(minutes[4]).toBe(10);
    });

    test.each([
        ['3 times weekly', 3],
        ['2 times daily', 14],
        ['once daily', 7],
        ['twice weekly', 2],
        ['daily', 7],
        ['weekly', 1],
        ['every other day', 3.5],
        ['every 3 days', 7 / 3],
        ['every 1 day', 7],
        ['1 times weekly', 1]
    ])('frequency %s is %d sessions a week', async (frequency, expected) => {
        const s = await series(`phase s weeks 1-1 { do cycling 30 min, ${frequency} }`, a => a.sessionsPerWeek);
        expect(s[0]).toBeCloseTo(expected, 9);
    });

    test('running minutes per week multiply sessions by running minutes', async () => {
        const s = await scheduleOf(
            'phase r weeks 1-2 { do walk-run 10 x (1 min run + 2 min walk), every other day }\nphase c weeks 3-3 { do run 20 min, 3 times weekly }'
        );
        expect(s.weeks.map(w => w.runMinutes)).toEqual([35, 35, 60]);
    });

    test('strength volume is sets x reps x sessions', async () => {
        const s = await scheduleOf('phase s weeks 1-1 { do heel-raise 3 x 10 reps, 3 times weekly\ndo calf-stretch 3 x 30 s hold, daily }');
        expect(s.weeks[0].strengthVolume).toBe(90);
    });

    test('procedures and reviews land on their weeks', async () => {
        const s = await scheduleOf(
            'review at week 6\nphase a weeks 1-20 { do corticosteroid-injection at week 14, 18\nreview at week 10 }'
        );
        expect(s.weeks.filter(w => w.procedures.length).map(w => w.week)).toEqual([14, 18]);
        expect(s.weeks.filter(w => w.reviews.length).map(w => w.week)).toEqual([6, 10]);
    });

    test('progression over many weeks stays exact (no rounding drift)', async () => {
        const runs = await series(
            'phase r weeks 1-52 { do run 10 min, 3 times weekly { progress run-time +5 % every week } }',
            a => a.runMinutesPerSession
        );
        expect(runs[51]).toBeCloseTo(10 * Math.pow(1.05, 51), 9);
    });

    test('a phase running backwards or beyond ten years does not loop', async () => {
        const s = await scheduleOf('phase a weeks 8-3 { do cycling 10 min }\nphase b weeks 1-100000 { }');
        expect(s.lastWeek).toBe(520);
    });
});

describe('procedure sessions written with a frequency', () => {
    test('a huge frequency is capped, not built session by session', async () => {
        const { document } = await validate('plan p { phase a weeks 1-2 { do shockwave, 999999 times daily } }');
        const plan = document.parseResult.value.plan!;
        const activity = plan.members.filter(isPhase)[0].members.filter(isActivity)[0];
        expect(procedureWeeks(activity).length).toBeLessThanOrEqual(5000);
    });
    test('weekly over weeks 13-16 is four sessions; a backwards phase keeps its one', async () => {
        const { document } = await validate('plan p { phase a weeks 13-16 { do shockwave, once weekly } }');
        expect(procedureWeeks(document.parseResult.value.plan!.members.filter(isPhase)[0].members.filter(isActivity)[0])).toEqual([
            13, 14, 15, 16
        ]);
        const back = await validate('plan p { phase a weeks 20-13 { do shockwave, once weekly } }');
        expect(procedureWeeks(back.document.parseResult.value.plan!.members.filter(isPhase)[0].members.filter(isActivity)[0])).toEqual([
            20
        ]);
    });
});
