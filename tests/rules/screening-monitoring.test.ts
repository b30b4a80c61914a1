import { describe, expect, it } from 'vitest';
import { check, expectNoRule, expectRule, lineOf, plan } from './snippets.js';

describe('PF001 red-flag screening documented', () => {
    it('fires (warning) without a patient block', async () => {
        expectRule(await check(plan({ patient: null })), 'PF001', 'warning', 1);
    });
    it('fires (warning) when the patient block has no red-flags line', async () => {
        expectRule(await check(plan({ patient: 'patient { age 40 }' })), 'PF001', 'warning', 1);
    });
    it('does not fire with `red-flags none`', async () => {
        expectNoRule(await check(plan()), 'PF001');
    });
});

describe('PF002 red flags listed', () => {
    it('fires (error) once per listed flag', async () => {
        expectRule(await check(plan({ patient: 'patient { red-flags swelling, night-pain }' })), 'PF002', 'error', 2);
    });
    it('does not fire for `red-flags none`', async () => {
        expectNoRule(await check(plan()), 'PF002');
    });
    it('does not take `none` in a list for a flag (RP006 reports the contradiction)', async () => {
        expectRule(await check(plan({ patient: 'patient { red-flags none, fever }' })), 'PF002', 'error', 1);
    });
});

describe('PF010 activity pain ceiling', () => {
    it('fires (warning) when the monitor has no activity pain rule', async () => {
        expectRule(await check(plan({ monitor: 'monitor { pain settles within 24 h }' })), 'PF010', 'warning', 1);
    });
    it('fires (warning) when there is no monitor at all', async () => {
        expectRule(await check(plan({ monitor: null })), 'PF010', 'warning', 1);
    });
    it('an entry criterion on activity pain is not the monitor rule', async () => {
        const text = plan({
            monitor: 'monitor { pain settles within 24 h }',
            phases: 'phase strength weeks 1-12 {\n entry when pain during activity at most 3/10\n do heel-raise 3 x 10 reps tempo 3-0-3, every other day\n }'
        });
        expectRule(await check(text), 'PF010', 'warning', 1);
    });
    it('does not fire with `pain during activity at most 3/10`', async () => {
        expectNoRule(await check(plan()), 'PF010');
    });
});

describe('PF011 activity pain ceiling above 3/10', () => {
    it.each([
        ['3', undefined],
        ['2', undefined],
        ['3.5', 'warning'],
        ['4', 'warning'],
        ['5', 'warning'],
        // v2: no error level; 5/10 is not in the guide, so every ceiling above 3/10 is one warning.
        ['5.5', 'warning'],
        ['6', 'warning'],
        ['10', 'warning']
    ] as const)('a ceiling of %s/10 gives %s', async (limit, severity) => {
        const text = plan({ monitor: `monitor {\n pain during activity at most ${limit}/10\n pain settles within 24 h\n }` });
        const diagnostics = await check(text);
        if (severity) expectRule(diagnostics, 'PF011', severity, 1);
        else expectNoRule(diagnostics, 'PF011');
    });
});

describe('PF012 pain settles within 24 h', () => {
    it('fires (warning) without a settle rule', async () => {
        expectRule(await check(plan({ monitor: 'monitor { pain during activity at most 3/10 }' })), 'PF012', 'warning', 1);
    });
    it.each([
        ['24 h', undefined],
        ['12 h', undefined],
        ['1440 min', undefined],
        ['25 h', 'warning'],
        ['48 h', 'warning'],
        ['1500 min', 'warning']
    ] as const)('a window of %s gives %s', async (window, severity) => {
        const diagnostics = await check(
            plan({ monitor: `monitor {\n pain during activity at most 3/10\n pain settles within ${window}\n }` })
        );
        if (severity) expectRule(diagnostics, 'PF012', severity, 1);
        else expectNoRule(diagnostics, 'PF012');
    });
});

const PROGRESSING = `phase strength weeks 1-12 {
        do heel-raise 3 x 8 reps tempo 3-0-3, every other day {
            progress reps +2 every 2 weeks until 12 reps
        }
    }`;

describe('PF013 counts exercise progressions as load, not longer ice', () => {
    it('does not fire on a phase that only progresses ice', async () => {
        const text = plan({
            stop: null,
            phases: 'phase calm weeks 1-4 {\n do ice 10 min, 2 times daily { progress duration +1 min every week until 13 min }\n do calf-stretch 3 x 30 s hold, daily\n }'
        });
        expectNoRule(await check(text), 'PF013');
    });
    it('fires on a phase that progresses a stretch hold', async () => {
        const text = plan({
            stop: null,
            phases: 'phase calm weeks 1-4 {\n do calf-stretch 3 x 20 s hold, daily { progress hold +5 s every 2 weeks until 30 s }\n }'
        });
        expectRule(await check(text), 'PF013', 'error', 1);
    });
});

describe('PF013 stop rule on first-step pain', () => {
    it('fires (error) on a progressing phase without any stop rule', async () => {
        const text = plan({ stop: null, phases: PROGRESSING });
        const [d] = expectRule(await check(text), 'PF013', 'error', 1);
        expect(lineOf(text, d)).toContain('phase strength');
    });
    it('fires (error) on a running phase without any stop rule', async () => {
        const text = plan({
            stop: null,
            phases: `${'phase strength weeks 1-12 { do heel-raise 3 x 10 reps tempo 3-0-3, every other day }'}
    phase run weeks 13-20 {
        entry when first-step pain at most 2/10 and walk 30 min without worsening
        do walk-run 10 x (1 min run + 2 min walk), 3 times weekly { rest 1 day between sessions }
    }`
        });
        const [d] = expectRule(await check(text), 'PF013', 'error', 1);
        expect(lineOf(text, d)).toContain('phase run');
    });
    it('fires (error) when the only stop rule is not about first-step pain', async () => {
        expectRule(await check(plan({ stop: 'stop when swelling or pain above 5/10', phases: PROGRESSING })), 'PF013', 'error', 1);
    });
    it('fires (error) when another phase has the stop rule, but not this one or the plan', async () => {
        const phases = `${PROGRESSING}
    phase later weeks 13-20 {
        do heel-raise 3 x 12 reps tempo 3-0-3, every other day { progress load +1 kg every 2 weeks }
        stop when first-step pain rises
    }`.replace('3 x 12 reps tempo 3-0-3,', '3 x 12 reps tempo 3-0-3 load 2 kg,');
        expectRule(await check(plan({ stop: null, phases })), 'PF013', 'error', 1);
    });
    it('does not fire with the plan-wide stop rule', async () => {
        expectNoRule(await check(plan({ phases: PROGRESSING })), 'PF013');
    });
    it("does not fire with the phase's own stop rule (also `rises 2 points`)", async () => {
        const phases = PROGRESSING.replace('    }\n    }', '    }\n        stop when swelling or first-step pain rises 2 points\n    }');
        expect(phases).toContain('rises 2 points');
        expectNoRule(await check(plan({ stop: null, phases })), 'PF013');
    });
    it('does not fire on a phase that neither progresses nor runs', async () => {
        expectNoRule(await check(plan({ stop: null })), 'PF013');
    });
});
