import { describe, expect, it } from 'vitest';
import { check, expectRule, plan, SEVERITY, withRule, expectOutcome } from './snippets.js';

/** The baseline strength phase with one more activity line. */
function withActivity(line: string): string {
    return plan({
        phases: `phase strength weeks 1-12 {\n        do heel-raise 3 x 10 reps tempo 3-0-3, every other day\n        ${line}\n    }`
    });
}

describe('PF020 ice 10-15 min, 1-3 times daily', () => {
    it.each([
        ['do ice 15 min, 3 times daily', undefined],
        ['do ice 10 min, 1 times daily', undefined],
        ['do ice 16 min, 2 times daily', 'warning'],
        ['do ice 15 min, 4 times daily', 'warning'],
        ['do ice 20 min, 5 times daily', 'warning'],
        ['do ice 9 min, 2 times daily', 'hint'],
        ['do ice 600 s, 2 times daily', undefined]
    ] as const)('`%s` gives %s', async (line, severity) => {
        await expectOutcome(withActivity(line), 'PF020', severity);
    });
});

describe('PF021 stretch hold 20-30 s', () => {
    it.each([
        ['do calf-stretch 3 x 20 s hold, daily', undefined],
        ['do calf-stretch 3 x 30 s hold, daily', undefined],
        ['do calf-stretch 3 x 19 s hold, daily', 'hint'],
        ['do calf-stretch 3 x 31 s hold, daily', 'hint'],
        ['do plantar-fascia-stretch 3 x 1 min hold, daily', 'hint'],
        ['do calf-stretch 3 x 20 s hold, daily { progress hold +5 s every week }', 'hint'],
        ['do calf-stretch 3 x 20 s hold, daily { progress hold +5 s every week until 30 s }', undefined],
        ['do single-leg-balance 3 x 60 s hold, daily', undefined],
        ['do calf-stretch 45 s, daily', 'hint'],
        ['do calf-stretch 30 s, daily', undefined],
        ['do calf-stretch 10 min, daily', undefined],
        ['do calf-stretch 25 s, daily { progress duration +10 s every week }', 'hint'],
        ['do calf-stretch 20 s, daily { progress duration +5 s every 2 weeks until 30 s }', undefined]
    ] as const)('`%s` gives %s', async (line, severity) => {
        await expectOutcome(withActivity(line), 'PF021', severity);
    });
});

describe('PF022 strength at most every other day', () => {
    it.each([
        ['do towel-scrunch 3 x 12 reps, every other day', undefined],
        ['do towel-scrunch 3 x 12 reps, 3 times weekly', undefined],
        // v2: more than 3.5 a week (every other day) warns, so 4 times weekly does.
        ['do towel-scrunch 3 x 12 reps, 3.5 times weekly', undefined],
        ['do towel-scrunch 3 x 12 reps, 4 times weekly', 'warning'],
        ['do towel-scrunch 3 x 12 reps, 5 times weekly', 'warning'],
        ['do towel-scrunch 3 x 12 reps, daily', 'warning'],
        ['do towel-scrunch 3 x 12 reps, twice daily', 'warning'],
        ['do towel-scrunch 3 x 12 reps, every 1 day', 'warning'],
        ['do single-leg-balance 3 x 30 s hold, daily', undefined]
    ] as const)('`%s` gives %s', async (line, severity) => {
        await expectOutcome(withActivity(line), 'PF022', severity);
    });
});

describe('PF023 slow heel raises', () => {
    it.each([
        ['3 x 10 reps tempo 3-0-3', undefined],
        ['3 x 10 reps tempo 4-1-4', undefined],
        ['3 x 10 reps', 'hint'],
        ['3 x 10 reps tempo 2-0-3', 'hint'],
        ['3 x 10 reps tempo 3-0-2', 'hint']
    ] as const)('heel-raise %s gives %s', async (dose, severity) => {
        const text = plan({ phases: `phase strength weeks 1-12 { do heel-raise ${dose}, every other day }` });
        await expectOutcome(text, 'PF023', severity);
    });
});

describe('PF024 heel raises start at 3 x 8-12', () => {
    it.each([
        ['3 x 8 reps', undefined],
        ['3 x 12 reps', undefined],
        ['3 x 7 reps', 'hint'],
        ['3 x 13 reps', 'hint'],
        ['2 x 10 reps', 'hint'],
        ['4 x 10 reps', 'hint']
    ] as const)('heel-raise %s gives %s', async (dose, severity) => {
        const text = plan({ phases: `phase strength weeks 1-12 { do heel-raise ${dose} tempo 3-0-3, every other day }` });
        await expectOutcome(text, 'PF024', severity);
    });
});

describe('PF025 strength progresses every 2 weeks at most', () => {
    it.each([
        ['progress reps +2 every 2 weeks until 12 reps', undefined],
        ['progress reps +2 every 3 weeks until 12 reps', undefined],
        ['progress reps +1 every week until 12 reps', 'warning'],
        // v2: judged on the schedule: `until` stops this one after a single step, so nothing rises twice.
        ['progress sets +1 every week until 4 sets', undefined],
        ['progress sets +1 every week until 5 sets', 'warning']
    ] as const)('`%s` gives %s', async (progression, severity) => {
        const text = plan({
            phases: `phase strength weeks 1-12 { do heel-raise 3 x 8 reps tempo 3-0-3, every other day { ${progression} } }`
        });
        await expectOutcome(text, 'PF025', severity);
    });
    it('does not judge a stretch progression', async () => {
        await expectOutcome(
            withActivity('do calf-stretch 3 x 20 s hold, daily { progress hold +5 s every week until 30 s }'),
            'PF025',
            undefined
        );
    });
});

describe('dosage rules on doses and weeks beyond the first form', () => {
    it('PF020 fires on ice that a progression takes past 15 min', async () => {
        await expectOutcome(withActivity('do ice 15 min, daily { progress duration +5 min every 2 weeks }'), 'PF020', 'warning');
    });
    it('PF020 stays silent on ice progressed up to 15 min with `until`', async () => {
        await expectOutcome(
            withActivity('do ice 10 min, daily { progress duration +5 min every 2 weeks until 15 min }'),
            'PF020',
            undefined
        );
    });
    it('PF020 says both: too often (warning) and too short (hint)', async () => {
        const diagnostics = await check(withActivity('do ice 5 min, 4 times daily'));
        expect(
            withRule(diagnostics, 'PF020')
                .map(d => d.severity)
                .sort()
        ).toEqual([SEVERITY.warning, SEVERITY.hint]);
    });
    it.each(['3 x 30 s hold', '10 min'])('PF023 and PF024 fire on a heel raise dosed as `%s`', async dose => {
        const diagnostics = await check(plan({ phases: `phase strength weeks 1-12 { do heel-raise ${dose}, every other day }` }));
        expectRule(diagnostics, 'PF023', 'hint', 1);
        expectRule(diagnostics, 'PF024', 'hint', 1);
    });
    it('PF024 judges where heel raises start, not a later phase that progresses them', async () => {
        const text = plan({
            phases: `phase strength weeks 1-8 { do heel-raise 3 x 12 reps tempo 3-0-3, every other day }
    phase harder weeks 9-12 { do heel-raise 3 x 15 reps tempo 3-0-3 load 5 kg, every other day }`
        });
        await expectOutcome(text, 'PF024', undefined);
    });
    it('PF024 fires when heel raises first appear outside 3 x 8-12, even in a later phase', async () => {
        const text = plan({
            phases: `phase calm weeks 1-8 { do calf-stretch 3 x 30 s hold, daily }
    phase strength weeks 9-12 { do heel-raise 3 x 15 reps tempo 3-0-3, every other day }`
        });
        await expectOutcome(text, 'PF024', 'hint');
    });
});
