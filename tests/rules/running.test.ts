import { describe, expect, it } from 'vitest';
import { check, expectRule, lineOf, runPlan, expectOutcome } from './snippets.js';

describe('PF030 morning-pain entry criterion', () => {
    it('fires (error) when the first running phase has no entry', async () => {
        await expectOutcome(runPlan({ entry: null }), 'PF030', 'error');
    });
    it('fires (error) when the entry has no first-step criterion', async () => {
        await expectOutcome(runPlan({ entry: 'entry when walk 30 min without worsening and week 13' }), 'PF030', 'error');
    });
    it('only the first running phase needs it', async () => {
        const later = `phase run2 weeks 21-24 {
        do walk-run 10 x (1 min run + 2 min walk), 3 times weekly on soft-surface { rest 1 day between sessions }
    }`;
        await expectOutcome(runPlan({ later, maintain: null }), 'PF030', undefined);
    });
    it('does not fire with `first-step pain at most 2/10`', async () => {
        await expectOutcome(runPlan(), 'PF030', undefined);
    });
});

describe('PF031 first-step criterion at most 2/10', () => {
    it.each([
        ['2', undefined],
        ['1', undefined],
        ['2.5', 'warning'],
        ['3', 'warning'],
        ['6', 'warning']
    ] as const)('first-step pain at most %s/10 gives %s', async (limit, severity) => {
        await expectOutcome(
            runPlan({ entry: `entry when first-step pain at most ${limit}/10 and walk 30 min without worsening` }),
            'PF031',
            severity
        );
    });
});

describe('PF031 with two first-step criteria joined by `and`', () => {
    it('does not fire when the stricter one is at most 2/10', async () => {
        await expectOutcome(
            runPlan({
                entry: 'entry when first-step pain at most 2/10 and first-step pain at most 4/10 and walk 30 min without worsening'
            }),
            'PF031',
            undefined
        );
    });
    it('fires when both allow more than 2/10', async () => {
        await expectOutcome(
            runPlan({
                entry: 'entry when first-step pain at most 3/10 and first-step pain at most 4/10 and walk 30 min without worsening'
            }),
            'PF031',
            'warning'
        );
    });
});

describe('PF032 walking test of 30 min', () => {
    it.each([
        ['walk 30 min', undefined],
        ['walk 45 min', undefined],
        ['walk 0.5 h', undefined],
        ['walk 29 min', 'warning'],
        ['walk 10 min', 'warning']
    ] as const)('`%s without worsening` gives %s', async (walk, severity) => {
        await expectOutcome(runPlan({ entry: `entry when first-step pain at most 2/10 and ${walk} without worsening` }), 'PF032', severity);
    });
    it('fires (warning) without a walking test', async () => {
        await expectOutcome(runPlan({ entry: 'entry when first-step pain at most 2/10' }), 'PF032', 'warning');
    });
});

describe('PF034 a rest day between runs', () => {
    it.each([
        ['3 times weekly', '{ rest 1 day between sessions }', undefined],
        ['every other day', '', undefined],
        ['2 times weekly', '', undefined],
        ['4 times weekly', '', 'warning'],
        ['daily', '{ rest 1 day between sessions }', 'warning'],
        ['every 1 day', '', 'warning'],
        ['3 times weekly', '{ rest 0 days between sessions }', 'warning']
    ] as const)('walk-run %s %s gives %s', async (frequency, block, severity) => {
        await expectOutcome(
            runPlan({ run: `do walk-run 10 x (1 min run + 2 min walk), ${frequency} on soft-surface ${block}` }),
            'PF034',
            severity
        );
    });
    it.each([
        ['2 times weekly', '1 times weekly', undefined],
        ['2 times weekly', '2 times weekly', 'warning']
    ] as const)('two running activities of one phase, %s and %s, add up: %s', async (a, b, severity) => {
        const run = `do walk-run 10 x (1 min run + 2 min walk), ${a} on soft-surface\n        do run 5 min, ${b} on soft-surface`;
        await expectOutcome(runPlan({ run }), 'PF034', severity);
    });
});

describe('PF035 short runs in the first week of running', () => {
    it.each([
        ['do walk-run 10 x (1 min run + 2 min walk), 3 times weekly', undefined],
        // v2: the first week's limit is the guide's example of 10 x 1 min, no longer 15 min.
        ['do walk-run 10 x (1.5 min run + 1 min walk), 3 times weekly', 'warning'],
        ['do run 10 min, 3 times weekly', undefined],
        ['do run 10.5 min, 3 times weekly', 'warning'],
        ['do run 15 min, 3 times weekly', 'warning'],
        ['do walk-run 8 x (2 min run + 1 min walk), 3 times weekly', 'warning']
    ] as const)('`%s` gives %s', async (run, severity) => {
        await expectOutcome(runPlan({ run: `${run} on soft-surface { rest 1 day between sessions }` }), 'PF035', severity);
    });
    it('only the first week of running counts', async () => {
        const later = `phase run2 weeks 21-24 {
        do walk-run 10 x (1 min run + 2 min walk), 3 times weekly on soft-surface { rest 1 day between sessions }
        do run 20 min, 2 times weekly on soft-surface
    }`;
        await expectOutcome(runPlan({ later, maintain: null, weeks: '13-20' }), 'PF035', undefined);
    });
});

describe('PF036 soft ground first', () => {
    it.each([
        ['soft-surface', undefined],
        ['treadmill', undefined],
        ['hard-surface', 'hint'],
        ['hills', 'hint']
    ] as const)('the first running phase on %s gives %s', async (surface, severity) => {
        await expectOutcome(
            runPlan({ run: `do walk-run 10 x (1 min run + 2 min walk), 3 times weekly on ${surface} { rest 1 day between sessions }` }),
            'PF036',
            severity
        );
    });
    it('v2: hills are noted in any phase, not only the first running phase', async () => {
        const later = `phase hills weeks 21-24 {
        do walk-run 10 x (1 min run + 2 min walk), 3 times weekly on hills { rest 1 day between sessions }
    }
    phase maintain weeks 25-30 {
        do calf-stretch 3 x 30 s hold, 2 times weekly
        do heel-raise 3 x 12 reps tempo 3-0-3, 1 times weekly
    }`;
        await expectOutcome(runPlan({ later, maintain: null }), 'PF036', 'hint');
    });
});

describe('PF037 running from month 3', () => {
    it.each([
        [12, 'info'],
        [13, undefined],
        [14, undefined]
    ] as const)('running from week %s gives %s', async (start, severity) => {
        const text = runPlan({ weeks: `${start}-20` }).replace('phase strength weeks 1-12', `phase strength weeks 1-${start - 1}`);
        await expectOutcome(text, 'PF037', severity);
    });
});

describe('PF060 shoes replaced by 800 km', () => {
    it.each([
        ['700 km', undefined],
        ['800 km', undefined],
        ['801 km', 'warning'],
        ['1200 km', 'warning']
    ] as const)('`shoes replace every %s` gives %s', async (distance, severity) => {
        await expectOutcome(runPlan({ shoes: `shoes replace every ${distance}` }), 'PF060', severity);
    });
});

describe('PF061 running without a shoes line', () => {
    it('fires (hint) on the first running activity', async () => {
        const text = runPlan({ shoes: null });
        const [d] = expectRule(await check(text), 'PF061', 'hint', 1);
        expect(lineOf(text, d)).toContain('do walk-run');
    });
    it('does not fire with a shoes line in a phase', async () => {
        const text = runPlan({ shoes: null }).replace(
            'do calf-stretch 3 x 30 s hold, 2 times weekly',
            'do calf-stretch 3 x 30 s hold, 2 times weekly\n shoes replace every 600 km'
        );
        await expectOutcome(text, 'PF061', undefined);
    });
    it('does not fire when no running is planned', async () => {
        await expectOutcome(runPlan({ shoes: null, run: 'do cycling 30 min, 2 times weekly' }), 'PF061', undefined);
    });
});
