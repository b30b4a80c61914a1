import { describe, it } from 'vitest';
import { check, expectNoRule, expectRule, plan, runPlan, expectOutcome } from './snippets.js';

/** A 52-week strength plan with one more line in its phase (procedures need weeks to happen in). */
function longPlan(line: string): string {
    return plan({
        phases: `phase strength weeks 1-52 {\n        do heel-raise 3 x 10 reps tempo 3-0-3, every other day\n        ${line}\n    }`
    });
}

describe('PF040 review by week 8', () => {
    it.each([
        ['review at week 6', undefined],
        ['review at week 8', undefined],
        ['review at week 9', 'warning'],
        [null, 'warning']
    ] as const)('`%s` gives %s', async (review, severity) => {
        await expectOutcome(plan({ review }), 'PF040', severity);
    });
    it('a review inside a phase counts', async () => {
        const phases = 'phase strength weeks 1-12 {\n review at week 7\n do heel-raise 3 x 10 reps tempo 3-0-3, every other day\n }';
        await expectOutcome(plan({ review: null, phases }), 'PF040', undefined);
    });
});

describe('PF041 active loading', () => {
    it('fires (warning) when nothing stretches or strengthens', async () => {
        await expectOutcome(
            plan({ phases: 'phase rest weeks 1-12 { do cycling 30 min, 2 times weekly\n do heel-cup daily }' }),
            'PF041',
            'warning'
        );
    });
    it('a stretch alone is enough', async () => {
        await expectOutcome(plan({ phases: 'phase rest weeks 1-12 { do calf-stretch 3 x 30 s hold, daily }' }), 'PF041', undefined);
    });
    it('a user-defined strength exercise counts', async () => {
        const text = plan({
            phases: 'phase load weeks 1-12 { do step-down 3 x 10 reps, 3 times weekly }',
            extra: 'exercise step-down { kind strength }'
        });
        await expectOutcome(text, 'PF041', undefined);
    });
});

describe('PF042 taping as a supplement only', () => {
    it('fires (warning) on a phase of taping alone', async () => {
        await expectOutcome(
            plan({
                phases: `phase tape weeks 1-2 { do taping daily }\n    ${'phase strength weeks 3-12 { do heel-raise 3 x 10 reps tempo 3-0-3, every other day }'}`
            }),
            'PF042',
            'warning'
        );
    });
    it('fires (warning) when taping is the only activity of a phase', async () => {
        await expectOutcome(
            plan({
                phases: `phase tape weeks 1-2 { do taping daily }\n    ${'phase strength weeks 3-12 { do heel-raise 3 x 10 reps tempo 3-0-3, every other day }'}`
            }),
            'PF042',
            'warning'
        );
    });
    it('does not fire when another activity, even a heel cup, is in the phase (RULES.md: "the only activity")', async () => {
        await expectOutcome(
            plan({
                phases: `phase tape weeks 1-2 { do taping daily\n do heel-cup daily }\n    ${'phase strength weeks 3-12 { do heel-raise 3 x 10 reps tempo 3-0-3, every other day }'}`
            }),
            'PF042',
            undefined
        );
    });
    it('does not fire beside an active exercise', async () => {
        await expectOutcome(
            plan({ phases: 'phase strength weeks 1-12 { do taping daily\n do heel-raise 3 x 10 reps tempo 3-0-3, every other day }' }),
            'PF042',
            undefined
        );
    });
});

describe('PF043 maintenance after running', () => {
    it('fires (hint) when no phase keeps up stretch and strength after running starts', async () => {
        await expectOutcome(runPlan({ maintain: null }), 'PF043', 'hint');
    });
    it('fires (hint) when the later phase has stretching only', async () => {
        await expectOutcome(
            runPlan({ maintain: 'phase maintain weeks 21-30 { do calf-stretch 3 x 30 s hold, 2 times weekly }' }),
            'PF043',
            'hint'
        );
    });
    it('does not fire with a maintenance phase', async () => {
        await expectOutcome(runPlan(), 'PF043', undefined);
    });
    it('does not fire when a later phase keeps running and keeps up stretch and strength', async () => {
        const maintain =
            'phase maintain weeks 21-30 {\n        do calf-stretch 3 x 30 s hold, 2 times weekly\n        do heel-raise 3 x 12 reps tempo 3-0-3, 1 times weekly\n        do run 15 min, 3 times weekly on soft-surface\n    }';
        await expectOutcome(runPlan({ maintain }), 'PF043', undefined);
    });
    it('fires (hint) when only the running phase itself keeps up stretch and strength: no later phase does', async () => {
        const run =
            'do walk-run 10 x (1 min run + 2 min walk), 3 times weekly on soft-surface { rest 1 day between sessions }\n        do calf-stretch 3 x 30 s hold, 2 times weekly\n        do heel-raise 3 x 12 reps tempo 3-0-3, 1 times weekly';
        await expectOutcome(runPlan({ run, maintain: null }), 'PF043', 'hint');
    });
    it('does not fire without running', async () => {
        await expectOutcome(plan(), 'PF043', undefined);
    });
});

describe('PF050 counts a series of injections written with a frequency', () => {
    it('fires once on weekly injections over an 8-week phase (8 injections)', async () => {
        const text = plan({
            phases: `${'phase strength weeks 1-12 { do heel-raise 3 x 10 reps tempo 3-0-3, every other day }'}\n    phase inject weeks 13-20 { do heel-raise 3 x 10 reps tempo 3-0-3, every other day\n do corticosteroid-injection, once weekly }`
        });
        expectRule(await check(text), 'PF050', 'error', 1);
    });
    it('does not fire on a single injection without a frequency', async () => {
        const text = plan({
            phases: `${'phase strength weeks 1-12 { do heel-raise 3 x 10 reps tempo 3-0-3, every other day }'}\n    phase inject weeks 13-20 { do heel-raise 3 x 10 reps tempo 3-0-3, every other day\n do corticosteroid-injection }`
        });
        expectNoRule(await check(text), 'PF050');
    });
});

describe('PF050 at most 2 corticosteroid injections', () => {
    it.each([
        [['at week 14'], undefined, 0],
        [['at week 14, 20'], undefined, 0],
        [['at week 14', 'at week 20'], undefined, 0],
        [['at week 14, 20, 26'], 'error', 1],
        [['at week 14, 20', 'at week 26'], 'error', 1],
        [['at week 14', 'at week 20', 'at week 26, 30'], 'error', 2]
    ] as const)('injections %j give %s', async (doses, severity, count) => {
        const text = longPlan(doses.map(d => `do corticosteroid-injection ${d}`).join('\n        '));
        await expectOutcome(text, 'PF050', severity, count);
    });
});

describe.each([
    ['PF051', 'corticosteroid-injection', 13, 'warning'],
    ['PF052', 'shockwave', 13, 'warning'],
    ['PF053', 'surgery', 39, 'error']
] as const)('%s %s not before week %s', (rule, exercise, week, severity) => {
    it(`fires (${severity}) in week ${week - 1}`, async () => {
        await expectOutcome(longPlan(`do ${exercise} at week ${week - 1}`), rule, severity);
    });
    it(`does not fire in week ${week}`, async () => {
        await expectOutcome(longPlan(`do ${exercise} at week ${week}`), rule, undefined);
    });
    it('fires once per early week of one line', async () => {
        await expectOutcome(longPlan(`do ${exercise} at week 2, ${week - 1}, ${week}`), rule, severity, 2);
    });
});

describe('PF051 the contract case', () => {
    it.each([
        [12, 'warning'],
        [13, undefined]
    ] as const)('an injection on week %s gives %s', async (week, severity) => {
        await expectOutcome(longPlan(`do corticosteroid-injection at week ${week}`), 'PF051', severity);
    });
});

describe('PF054 NSAID', () => {
    it('gives info when planned', async () => {
        await expectOutcome(longPlan('do nsaid daily'), 'PF054', 'info');
    });
    it('is silent otherwise', async () => {
        await expectOutcome(plan(), 'PF054', undefined);
    });
});
