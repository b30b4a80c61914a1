import { describe, expect, test } from 'vitest';
import { calm, dateOf, follow, followPlanText, type Day } from './helpers.js';

const PLAN = followPlanText();
const events = (r: Awaited<ReturnType<typeof follow>>, rule: string) => r.weeks.flatMap(w => w.events).filter(e => e.rule === rule);

describe('FU001 pain during activity above the ceiling', () => {
    test('fires on the day, with the guide section and quote, and holds', async () => {
        const r = await follow(PLAN, [...calm(3), { fs: 3, act: 4, settled: 'yes' }, ...calm(3)]);
        const [e] = events(r, 'FU001');
        expect(e).toMatchObject({
            severity: 'warning',
            date: dateOf(3),
            line: 5,
            section: 'Hvad kan man gøre?',
            quote: 'ingen smerte over 3/10 under aktivitet'
        });
        expect(e.message).toContain('4/10');
        expect(r.weeks[0].decision).toBe('hold');
    });
    test('near miss: activity exactly at the ceiling does not fire', async () => {
        const r = await follow(PLAN, [...calm(3), { fs: 3, act: 3, settled: 'yes' }, ...calm(3)]);
        expect(events(r, 'FU001')).toEqual([]);
        expect(r.weeks[0].decision).toBe('progress');
    });
    test('Danish message with a decimal comma', async () => {
        const r = await follow(PLAN, [...calm(3), { fs: 3, act: 3.5 }, ...calm(3)], { language: 'da' });
        expect(events(r, 'FU001')[0].message).toContain('Smerten under aktivitet var 3,5/10, over planens loft på 3/10');
    });
});

describe('FU002 pain not settled', () => {
    test('fires on settled = no and holds', async () => {
        const r = await follow(PLAN, [...calm(2), { fs: 3, act: 2, settled: 'no' }, ...calm(4)]);
        expect(events(r, 'FU002')).toHaveLength(1);
        expect(events(r, 'FU002')[0].date).toBe(dateOf(2));
        expect(r.weeks[0].decision).toBe('hold');
    });
    test('not judged when the plan does not monitor settling', async () => {
        const r = await follow(followPlanText({ monitor: 'pain during activity at most 3/10' }), [
            ...calm(2),
            { fs: 3, settled: 'no' },
            ...calm(4)
        ]);
        expect(events(r, 'FU002')).toEqual([]);
    });
});

describe('FU003 stop rules', () => {
    test("a rise of 2 points (this project's default) over the median of the mornings before fires, naming the default", async () => {
        const r = await follow(PLAN, [...calm(3, 3), { fs: 5, act: 2 }, ...calm(3, 3)]);
        const [e] = events(r, 'FU003');
        expect(e).toMatchObject({ severity: 'error', date: dateOf(3), line: 5 });
        expect(e.message).toMatch(/default of 2 points/);
        expect(e.quote).toContain('Stop eller skru ned');
        expect(r.weeks[0].decision).toBe('step-back');
    });
    test('near miss: a rise of exactly 1 point against the default 2 does not fire', async () => {
        const r = await follow(PLAN, [...calm(3, 3), { fs: 4, act: 2 }, ...calm(3, 3)]);
        expect(events(r, 'FU003')).toEqual([]);
    });
    test('judged only once 3 mornings are recorded before it', async () => {
        const r = await follow(PLAN, [...calm(2, 2), { fs: 6, act: 2 }, ...calm(4, 2)]);
        expect(events(r, 'FU003').map(e => e.date)).not.toContain(dateOf(2));
    });
    test('the median of at most the 7 mornings before', async () => {
        // Ten mornings at 1, then seven at 4: the eighth day at 6 is 2 above the median of the 7 before it (4)…
        const days: Day[] = [...calm(7, 1), ...calm(7, 4), { fs: 6 }];
        const r = await follow(PLAN, days);
        expect(events(r, 'FU003').map(e => e.date)).toContain(dateOf(14));
        // …while 5 is only 1 above.
        const r2 = await follow(PLAN, [...calm(7, 1), ...calm(7, 4), { fs: 5 }]);
        expect(events(r2, 'FU003').map(e => e.date)).not.toContain(dateOf(14));
    });
    test("`rises 3 points` uses the plan's number", async () => {
        const plan = followPlanText({ stop: 'stop when first-step pain rises 3 points' });
        expect(events(await follow(plan, [...calm(3, 3), { fs: 5 }]), 'FU003')).toEqual([]);
        const r = await follow(plan, [...calm(3, 3), { fs: 6 }]);
        expect(events(r, 'FU003')[0].message).toContain('a rise of 3 points');
    });
    test('`pain above P/10` fires on first-step or activity pain above P', async () => {
        const plan = followPlanText({ stop: 'stop when first-step pain rises 5 points or pain above 5/10' });
        const r = await follow(plan, [...calm(2), { fs: 3, act: 6 }, { fs: 5, act: 2 }, { fs: 5.5 }]);
        expect(events(r, 'FU003').map(e => e.date)).toEqual([dateOf(2), dateOf(4)]);
    });
    test('`swelling` in the flags fires FU003 (and FU004, which refers)', async () => {
        const plan = followPlanText({ stop: 'stop when first-step pain rises or swelling' });
        const r = await follow(plan, [...calm(2), { fs: 3, flags: 'swelling' }, ...calm(4)]);
        expect(events(r, 'FU003')).toHaveLength(1);
        expect(events(r, 'FU004')).toHaveLength(1);
        expect(r.weeks[0].decision).toBe('refer');
    });
    test("a phase's stop rule holds only in the weeks the patient is in that phase", async () => {
        const plan = followPlanText({
            stop: 'stop when first-step pain rises 5 points',
            entry: 'entry when first-step pain at most 2/10 and walk 30 min without worsening\n        stop when pain above 4/10'
        });
        const r = await follow(plan, [...calm(6), { fs: 3, act: 4.5 }]);
        expect(events(r, 'FU003')).toEqual([]);
    });
});

describe('FU004 red flags', () => {
    test("any red flag refers, with the plan's contact", async () => {
        const plan = followPlanText({ extra: 'contact "Fysioterapi Nord, tlf. 12 34 56 78"' });
        const r = await follow(plan, [...calm(2), { fs: 3, flags: 'fever night-pain' }, ...calm(4)]);
        const [e] = events(r, 'FU004');
        expect(e).toMatchObject({ severity: 'error', date: dateOf(2), line: 4 });
        expect(e.message).toContain('fever, pain at night');
        expect(e.message).toContain('Fysioterapi Nord');
        expect(r.weeks[0].decision).toBe('refer');
    });
});

describe('FU005 entry criteria', () => {
    // The first week at 5/10 sets the baseline, so the review at week 6 sees improvement.
    const weeks12 = (fs: number, tail: Day[] = []) => [...calm(7, 5), ...calm(12 * 7 - 7 - tail.length, fs), ...tail];
    const before = (fs: number) =>
        weeks12(fs, [
            { fs, act: 2, walk: 30 },
            { fs, act: 2 }
        ]);
    test('they hold at the end of the week before the phase: the phase starts', async () => {
        const r = await follow(PLAN, before(2));
        const week12 = r.weeks[11];
        expect(week12.events.map(e => e.rule)).toContain('FU005');
        expect(week12.decision).toBe('progress');
        expect(events(r, 'FU005')[0].message).toMatch(/hold: it starts next week/);
        expect(r.next?.planWeek).toBe(13);
        expect(r.next?.phase).toBe('run');
    });
    test('they fail: the week waits, naming each criterion that fails', async () => {
        const r = await follow(PLAN, weeks12(3));
        const week12 = r.weeks[11];
        expect(week12.decision).toBe('wait');
        const [e] = events(r, 'FU005');
        expect(e.severity).toBe('info');
        expect(e.date).toBe(week12.to);
        expect(e.message).toContain('3/10, above 2/10');
        expect(e.message).toContain('no walk of 30 min without worsening');
        expect(r.next?.planWeek).toBe(12);
    });
    test('a walk whose next morning is worse does not count; a walk on the last day is judged by the next morning', async () => {
        const worse = await follow(PLAN, weeks12(2, [{ fs: 2 }, { fs: 2, walk: 30 }, { fs: 2.5 }]));
        expect(worse.weeks[11].decision).toBe('wait');
        // Walk on the week's last day; the next morning is in week 13's first day.
        const lastDay = await follow(PLAN, [...weeks12(2, [{ fs: 2, walk: 40 }]), { fs: 2 }]);
        expect(lastDay.weeks[11].decision).toBe('progress');
    });
    test('waiting weeks are judged again until the criteria hold', async () => {
        const r = await follow(PLAN, [...weeks12(3), ...calm(5, 2), { fs: 2, walk: 30 }, { fs: 2 }]);
        expect(r.weeks[11].decision).toBe('wait');
        expect(r.weeks[12]).toMatchObject({ planWeek: 12, decision: 'progress' });
        expect(r.weeks[12].events.map(e => e.rule)).toContain('FU005');
        expect(r.next?.planWeek).toBe(13);
    });
    test('`week N` means the week about to start is calendar week N or later', async () => {
        const plan = followPlanText({ entry: 'entry when first-step pain at most 2/10 and week 14' });
        const r = await follow(plan, [...weeks12(2), ...calm(7, 2)]);
        expect(r.weeks[11].decision).toBe('wait');
        expect(events(r, 'FU005')[0].message).toContain('week 14 is not reached');
        expect(r.weeks[12].decision).toBe('progress');
    });
});

describe('FU006 review', () => {
    const plan = followPlanText({ review: 'review at week 2 "No clear improvement: refer to the GP"' });
    test("9 % improvement at the review fires and refers, with the review's text", async () => {
        const r = await follow(plan, [...calm(7, 10), ...calm(7, 9.1)]);
        const [e] = events(r, 'FU006');
        expect(e).toMatchObject({ severity: 'warning', date: dateOf(13) });
        expect(e.message).toContain('only 9.0 %'.replace('9.0', '9'));
        expect(e.message).toContain('No clear improvement');
        expect(r.weeks[1].decision).toBe('refer');
    });
    test('near miss: 10 % improvement does not fire', async () => {
        const r = await follow(plan, [...calm(7, 10), ...calm(7, 9)]);
        expect(events(r, 'FU006')).toEqual([]);
        expect(r.weeks[1].decision).toBe('progress');
    });
    test('a review week with no recorded morning is not judged; FU007 says why', async () => {
        const r = await follow(plan, [...calm(7, 10), ...Array(7).fill(null), { fs: 10 }]);
        expect(events(r, 'FU006')).toEqual([]);
        expect(r.weeks[1].events.map(e => e.rule)).toEqual(['FU007']);
        expect(r.weeks[1].events[0].message).toContain('review week 2');
    });
    test('the baseline is the median of the first 7 mornings; an even count takes the mean of the middle two', async () => {
        const r = await follow(plan, [{ fs: 4 }, { fs: 4 }, { fs: 4 }, { fs: 5 }, { fs: 5 }, { fs: 5 }]);
        expect(r.baseline).toBe(4.5);
    });
});

describe('FU007 few mornings', () => {
    test('a week with 2 recorded mornings is judged on what is there', async () => {
        const r = await follow(PLAN, [{ fs: 3 }, null, null, { fs: 3 }, { act: 2 }, null, null, ...calm(7)]);
        const e = r.weeks[0].events.find(x => x.rule === 'FU007')!;
        expect(e).toMatchObject({ severity: 'info', date: dateOf(6) });
        expect(e.message).toContain('Only 2');
        expect(r.weeks[1].events.map(x => x.rule)).not.toContain('FU007');
        expect(r.weeks[0].decision).toBe('progress');
    });
    test('3 mornings is enough', async () => {
        const r = await follow(PLAN, [{ fs: 3 }, { fs: 3 }, { fs: 3 }, null, null, null, null, ...calm(7)]);
        expect(r.weeks[0].events).toEqual([]);
    });
});
