import { describe, expect, test } from 'vitest';
import { calm, follow, followPlanText, type Day } from './helpers.js';

const PLAN = followPlanText({ stop: 'stop when first-step pain rises or pain above 6/10' });
const flare: Day = { fs: 6, act: 2 };
const overActivity: Day = { fs: 3, act: 4 };

describe('decisions', () => {
    test('progress: each week follows the plan', async () => {
        const r = await follow(PLAN, calm(21));
        expect(r.weeks.map(w => [w.planWeek, w.decision])).toEqual([
            [1, 'progress'],
            [2, 'progress'],
            [3, 'progress']
        ]);
        expect(r.next).toMatchObject({ week: 4, planWeek: 4, decision: 'progress' });
    });
    test('hold: next week follows the same plan week', async () => {
        const r = await follow(PLAN, [...calm(7), ...calm(3), overActivity, ...calm(3), ...calm(7)]);
        expect(r.weeks.map(w => [w.planWeek, w.decision])).toEqual([
            [1, 'progress'],
            [2, 'hold'],
            [2, 'progress']
        ]);
        expect(r.weeks[1].reasons).toEqual(['FU001']);
    });
    test('step back: next week follows the plan week before the one this week followed', async () => {
        const r = await follow(PLAN, [...calm(14), ...calm(3), flare, ...calm(3), ...calm(7)]);
        expect(r.weeks.map(w => [w.planWeek, w.decision])).toEqual([
            [1, 'progress'],
            [2, 'progress'],
            [3, 'step-back'],
            [2, 'progress']
        ]);
        expect(r.next?.planWeek).toBe(3);
    });
    test("step back in the plan's first week: that week again", async () => {
        const r = await follow(PLAN, [...calm(3), flare, ...calm(3)]);
        expect(r.weeks[0].decision).toBe('step-back');
        expect(r.next?.planWeek).toBe(1);
    });
    test('refer: later weeks follow the same plan week and refer too', async () => {
        const r = await follow(PLAN, [...calm(7), ...calm(2), { fs: 3, flags: 'numbness' }, ...calm(4), ...calm(14)]);
        expect(r.weeks.map(w => [w.planWeek, w.decision])).toEqual([
            [1, 'progress'],
            [2, 'refer'],
            [2, 'refer'],
            [2, 'refer']
        ]);
        expect(r.weeks[3].reasons).toEqual(['FU004']);
        expect(r.next).toMatchObject({ planWeek: 2, decision: 'refer' });
    });
    test('wait: see FU005; the rest of the plan shifts by the weeks added', async () => {
        const r = await follow(PLAN, [...calm(7, 5), ...calm(12 * 7 - 7, 3), ...calm(5, 2), { fs: 2, walk: 30 }, { fs: 2 }, ...calm(7, 2)]);
        expect(r.weeks.slice(11).map(w => [w.week, w.planWeek, w.phase, w.decision])).toEqual([
            [12, 12, 'strength', 'wait'],
            [13, 12, 'strength', 'progress'],
            [14, 13, 'run', 'progress']
        ]);
        expect(r.weeks[13].runMinutes).toEqual({ planned: expect.any(Number), adapted: 30 });
    });
    test('reviews are appointments: a review at week 6 stays in calendar week 6 after holds', async () => {
        const plan = followPlanText({ stop: 'stop when first-step pain rises or pain above 6/10' });
        const r = await follow(plan, [...calm(7, 5), ...calm(3, 3), overActivity, ...calm(3, 3), ...calm(28, 4.8)]);
        expect(r.weeks[5]).toMatchObject({ week: 6, planWeek: 5, review: true, decision: 'refer', reasons: ['FU006'] });
    });
});

describe('ordering when several apply', () => {
    test('refer beats step back and hold', async () => {
        const r = await follow(PLAN, [...calm(3), { fs: 6, act: 4, flags: 'fever' }, ...calm(3)]);
        expect(r.weeks[0].events.map(e => e.rule).sort()).toEqual(['FU001', 'FU003', 'FU004']);
        expect(r.weeks[0]).toMatchObject({ decision: 'refer', reasons: ['FU004'] });
    });
    test('step back beats hold', async () => {
        const r = await follow(PLAN, [...calm(3), { fs: 6, act: 4, settled: 'no' }, ...calm(3)]);
        expect(r.weeks[0]).toMatchObject({ decision: 'step-back', reasons: ['FU003'] });
    });
    test('hold beats wait: entry criteria are judged only when the plan would otherwise progress into the phase', async () => {
        const r = await follow(PLAN, [...calm(7, 5), ...calm(12 * 7 - 7 - 4, 3), overActivity, ...calm(3, 3)]);
        expect(r.weeks[11]).toMatchObject({ decision: 'hold', reasons: ['FU001'] });
        expect(r.weeks[11].events.map(e => e.rule)).not.toContain('FU005');
    });
    test('FU006 at a review refers even when the week also holds', async () => {
        const plan = followPlanText({ review: 'review at week 1' });
        const r = await follow(plan, [...calm(3, 5), overActivity, ...calm(3, 5)]);
        expect(r.weeks[0]).toMatchObject({ decision: 'refer', reasons: ['FU006'] });
    });
    test('FU007 informs but never changes the decision', async () => {
        const r = await follow(PLAN, [{ fs: 3 }, null, null, null, null, null, { fs: 3 }]);
        expect(r.weeks[0]).toMatchObject({ decision: 'progress', reasons: [] });
    });
});
