import { describe, expect, it } from 'vitest';
import { lineOf, runPlan, STRENGTH_PHASE, type SeverityName, expectOutcome as expectRuleOutcome } from './snippets.js';

/** Two running phases back to back: weeks 13-16, then 17-24, with the given activities. */
function twoPhases(first: string, second: string): string {
    return runPlan({
        phases: `${STRENGTH_PHASE}
    phase run weeks 13-16 {
        entry when first-step pain at most 2/10 and walk 30 min without worsening
        ${first}
    }
    phase build weeks 17-24 {
        ${second}
    }
    phase maintain weeks 25-30 {
        do calf-stretch 3 x 30 s hold, 2 times weekly
        do heel-raise 3 x 12 reps tempo 3-0-3, 1 times weekly
    }`
    });
}

const walkRun = (repeats: number, frequency = '3 times weekly') =>
    `do walk-run ${repeats} x (1 min run + 2 min walk), ${frequency} on soft-surface { rest 1 day between sessions }`;

/** One running phase whose walk-run progresses as given. */
function progressing(progression: string, weeks = '13-26'): string {
    const to = Number(weeks.split('-')[1]);
    return runPlan({
        weeks,
        run: `do walk-run 10 x (1 min run + 2 min walk), 3 times weekly on soft-surface {\n            ${progression}\n            rest 1 day between sessions\n        }`,
        maintain: `phase maintain weeks ${to + 1}-${to + 10} {\n        do calf-stretch 3 x 30 s hold, 2 times weekly\n        do heel-raise 3 x 12 reps tempo 3-0-3, 1 times weekly\n    }`
    });
}

/** PF033's outcome for a plan (the shared helper, bound to this file's rule). */
function expectOutcome(text: string, severity: SeverityName | undefined, count = 1) {
    return expectRuleOutcome(text, 'PF033', severity, count);
}

describe('PF033 names the first week a fixed percentage breaks the limit', () => {
    it.each(['+15 % every week', '+21 % every week'])('`%s` is reported from week 13 to 14', async step => {
        const [d] = await expectOutcome(progressing(`progress run-time ${step}`, '13-29'), step.startsWith('+21') ? 'error' : 'warning');
        expect(d.message).toMatch(/week 13\b.*week 14\b/);
    });
});

describe('PF033 running time grows at most 10 % a week', () => {
    it.each([
        ['+10 % every week', undefined],
        ['+5 % every week', undefined],
        ['+11 % every week', 'warning'],
        ['+20 % every week', 'warning'],
        ['+21 % every week', 'error'],
        ['+25 % every week', 'error'],
        ['+20 % every 2 weeks', 'warning'],
        ['+25 % every 2 weeks', 'error'],
        ['+3 min every week', 'error'],
        ['+1 min every week', undefined],
        ['-10 % every week', undefined]
    ] as const)('`progress run-time %s` gives %s', async (step, severity) => {
        await expectOutcome(progressing(`progress run-time ${step}`), severity);
    });

    // Known gap in language/schedule: `progress duration` on a running `N min` dose moves `minutes` but not
    // `runMinutesPerSession`, so the schedule shows no growth. Flip to `it` once the schedule is fixed.
    it('`progress duration +25 %` on `do run 10 min` is an error', async () => {
        await expectOutcome(
            runPlan({
                run: 'do run 10 min, 3 times weekly on soft-surface { progress duration +25 % every week  rest 1 day between sessions }'
            }),
            'error'
        );
    });

    it('`progress run-time +25 %` on `do run 10 min` is an error', async () => {
        await expectOutcome(
            runPlan({
                run: 'do run 10 min, 3 times weekly on soft-surface { progress run-time +25 % every week  rest 1 day between sessions }'
            }),
            'error'
        );
    });

    it('compounding at exactly 10 % over many weeks is allowed', async () => {
        await expectOutcome(progressing('progress run-time +10 % every week', '13-40'), undefined);
    });

    it('+20 % every 2 weeks is a warning, not an error', async () => {
        await expectOutcome(progressing('progress run-time +20 % every 2 weeks', '13-30'), 'warning');
    });

    it('is reported once, on the progression line, however many weeks it affects', async () => {
        const text = progressing('progress run-time +25 % every week', '13-30');
        const [d] = await expectOutcome(text, 'error');
        expect(lineOf(text, d)).toContain('progress run-time');
    });

    it('an absolute step that shrinks below 10 % later is reported once, with its worst week', async () => {
        // 10 -> 12 min a session is +20 %, then +16.7 %, +14.3 % ...: one warning for the progression.
        await expectOutcome(progressing('progress run-time +2 min every week'), 'warning');
    });

    it.each([
        [11, undefined],
        [12, 'warning'],
        [13, 'error']
    ] as const)('a phase boundary from 10 to %s intervals gives %s', async (repeats, severity) => {
        await expectOutcome(twoPhases(walkRun(10), walkRun(repeats)), severity);
    });

    it('growth across a phase boundary caused by more sessions per week is an error, on the later activity', async () => {
        const text = twoPhases(walkRun(10, '2 times weekly'), walkRun(10, '3 times weekly'));
        const [d] = await expectOutcome(text, 'error');
        expect(d.range.start.line).toBeGreaterThan(text.split('\n').findIndex(l => l.includes('phase build')));
        expect(lineOf(text, d)).toContain('do walk-run');
    });

    it('more sessions per week across a boundary within 10 % is allowed', async () => {
        // 2 x 20 = 40 min a week, then every other day (3.5) x 12 = 42 min: +5 %.
        const first = 'do walk-run 10 x (2 min run + 1 min walk), 2 times weekly on soft-surface { rest 1 day between sessions }';
        const second = 'do walk-run 12 x (1 min run + 1 min walk), every other day on soft-surface { rest 1 day between sessions }';
        await expectOutcome(twoPhases(first, second), undefined);
    });

    it('the first week of running (growth from nothing) is not PF033', async () => {
        await expectOutcome(runPlan(), undefined);
    });

    it('restarting after a week without running is not judged as growth', async () => {
        const text = runPlan({
            phases: `${STRENGTH_PHASE}
    phase run weeks 13-16 {
        entry when first-step pain at most 2/10 and walk 30 min without worsening
        ${walkRun(10)}
    }
    phase rest weeks 17-17 { do cycling 30 min, 2 times weekly }
    phase again weeks 18-24 {
        ${walkRun(10)}
        do calf-stretch 3 x 30 s hold, 2 times weekly
        do heel-raise 3 x 12 reps tempo 3-0-3, 1 times weekly
    }`
        });
        await expectOutcome(text, undefined);
    });

    it('two causes give two diagnostics', async () => {
        const first =
            'do walk-run 10 x (1 min run + 2 min walk), 3 times weekly on soft-surface {\n progress run-time +25 % every week until 20 min\n rest 1 day between sessions\n }';
        await expectOutcome(twoPhases(first, walkRun(30)), 'error', 2);
    });
});
