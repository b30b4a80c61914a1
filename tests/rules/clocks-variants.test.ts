// RULES.md v2: the three clocks, `like` variants, shadowed built-ins and referral plans, each with a firing case
// and a near miss. The probes are here by name.
import { describe, expect, it } from 'vitest';
import { check, expectNoRule, expectRule, plan, runPlan, summary, SEVERITY, STRENGTH_PHASE } from './snippets.js';

const withProcedure = (line: string, history = '', phaseWeeks = '1-12') =>
    plan({
        phases: `phase strength weeks ${phaseWeeks} {
        do heel-raise 3 x 10 reps tempo 3-0-3, every other day
        do calf-stretch 3 x 30 s hold, 2 times daily
        ${line}
    }`,
        extra: history
    });

describe('the treatment and course clocks', () => {
    it('probe: a referred patient in month 5 with 3 months of treatment gets no PF052 for shockwave in plan week 2', async () => {
        const text = withProcedure('do shockwave at week 2', 'history { symptoms for 5 months  treated for 3 months }');
        expectNoRule(await check(text), 'PF052');
    });
    it.each([
        ['treated for 10 weeks', 'warning'], // plan week 2 is treatment week 12
        ['treated for 10.9 weeks', 'warning'], // rounded down to whole weeks
        ['treated for 11 weeks', undefined], // plan week 2 is treatment week 13: exactly the limit
        ['treated for 3 months', undefined],
        ['symptoms for 6 months', 'warning'] // the course clock does not move PF052
    ] as const)('shockwave at plan week 2 with `%s` gives %s', async (history, severity) => {
        const diagnostics = await check(withProcedure('do shockwave at week 2', `history { ${history} }`));
        if (severity) {
            const [d] = expectRule(diagnostics, 'PF052', severity, 1);
            if (history.startsWith('treated')) expect(d.message).toMatch(/treatment week/);
        } else expectNoRule(diagnostics, 'PF052');
    });
    it.each([
        ['symptoms for 2 months', 'warning'], // 8 weeks: plan week 4 is course week 12
        ['symptoms for 9 weeks', undefined], // course week 13
        ['treated for 6 months', 'warning'] // the treatment clock does not move PF051
    ] as const)('an injection at plan week 4 with `%s` gives PF051 %s', async (history, severity) => {
        const diagnostics = await check(withProcedure('do corticosteroid-injection at week 4', `history { ${history} }`));
        if (severity) expectRule(diagnostics, 'PF051', severity, 1);
        else expectNoRule(diagnostics, 'PF051');
    });
    it.each([
        ['treated for 36 weeks', 'error'],
        ['treated for 37 weeks', undefined],
        ['treated for 9 months', undefined]
    ] as const)('surgery at plan week 2 with `%s` gives PF053 %s', async (history, severity) => {
        const diagnostics = await check(withProcedure('do surgery at week 2', `history { symptoms for 2 years  ${history} }`));
        if (severity) expectRule(diagnostics, 'PF053', severity, 1);
        else expectNoRule(diagnostics, 'PF053');
    });
    it.each([
        ['treated for 10 weeks', 'info'],
        ['treated for 11 weeks', undefined]
    ] as const)('running from plan week 2 with `%s` gives PF037 %s', async (history, severity) => {
        const text = runPlan({ weeks: '2-9', extra: `history { symptoms for 20 weeks  ${history} }` })
            .replace('phase strength weeks 1-12', 'phase strength weeks 1-1')
            .replace('phase maintain weeks 21-30', 'phase maintain weeks 10-19');
        const diagnostics = await check(text);
        if (severity) expectRule(diagnostics, 'PF037', severity, 1);
        else expectNoRule(diagnostics, 'PF037');
    });
    it('RP012: treatment longer than the symptoms is an error; equal is not', async () => {
        expectRule(await check(plan({ extra: 'history { symptoms for 2 months  treated for 3 months }' })), 'RP012', 'error', 1);
        expectNoRule(await check(plan({ extra: 'history { symptoms for 3 months  treated for 13 weeks }' })), 'RP012');
    });
});

describe('PF038 no running or jumping in the first week of treatment', () => {
    const jumps = (weeks: string, history = '') =>
        plan({
            phases: `${STRENGTH_PHASE.replace('weeks 1-12', 'weeks 2-12')}
    phase hop weeks ${weeks} {
        do pogo 3 x 10 reps, 2 times weekly
    }`.replace('phase strength weeks 2-12', 'phase strength weeks 1-12'),
            extra: `exercise pogo "Pogo hops" { kind jumping }\n    ${history}`
        });
    it('fires on a jumping activity in week 1 and not in week 2', async () => {
        const first = plan({
            phases: `phase strength weeks 1-12 {
        do heel-raise 3 x 10 reps tempo 3-0-3, every other day
        do pogo 3 x 10 reps, 2 times weekly
    }`,
            extra: 'exercise pogo "Pogo hops" { kind jumping }'
        });
        expectRule(await check(first), 'PF038', 'warning', 1);
        const second = first.replace(
            'weeks 1-12',
            'weeks 1-1 { do heel-raise 3 x 10 reps tempo 3-0-3, every other day }\n    phase b weeks 2-12'
        );
        expectNoRule(await check(second), 'PF038');
        expect(jumps).toBeTypeOf('function');
    });
    it('is judged on the treatment clock: week 1 after a month of treatment is not the first week', async () => {
        const first = plan({
            phases: `phase strength weeks 1-12 {
        do heel-raise 3 x 10 reps tempo 3-0-3, every other day
        do pogo 3 x 10 reps, 2 times weekly
    }`,
            extra: 'exercise pogo "Pogo hops" { kind jumping }\n    history { symptoms for 2 months  treated for 1 month }'
        });
        expectNoRule(await check(first), 'PF038');
    });
});

describe('variants and shadowed built-ins', () => {
    it('probe: a `like` variant of ice is judged as ice (PF020), inside and outside its limits', async () => {
        const variant = (dose: string) =>
            plan({
                extra: `exercise bottle-roll like ice "Frozen bottle" { cue "Roll a frozen bottle" }`,
                phases: `${STRENGTH_PHASE.replace('    }', `    do bottle-roll ${dose}\n    }`)}`
            });
        expectRule(await check(variant('40 min, 6 times daily')), 'PF020', 'warning');
        expectNoRule(await check(variant('10-15 minutes, 1-2 times a day')), 'PF020');
        expectRule(await check(variant('10-20 minutes, 1-2 times a day')), 'PF020', 'warning');
    });
    it('a variant of corticosteroid-injection counts for PF050', async () => {
        const text = withProcedure(
            'do corticosteroid-injection at week 14\n        do steroid-shot at week 16, 20',
            'exercise steroid-shot like corticosteroid-injection { }',
            '1-24'
        );
        expectRule(await check(text), 'PF050', 'error', 1);
    });
    it('a variant of heel-raise without tempo gets PF023; its kind may be left out', async () => {
        const text = plan({
            extra: 'exercise step-raise like heel-raise "Step raise" { }',
            phases: `phase strength weeks 1-12 {\n do step-raise 3 x 10 reps, every other day\n }`
        });
        const diagnostics = await check(text);
        expectRule(diagnostics, 'PF023', 'hint', 1);
        expectNoRule(diagnostics, 'RP007');
    });
    it('RP007: a variant with another kind than its base, and a user exercise with no kind', async () => {
        expectRule(await check(plan({ extra: 'exercise my-roll like ice { kind strength }' })), 'RP007', 'error', 1);
        expectNoRule(await check(plan({ extra: 'exercise my-roll like ice { kind modality }' })), 'RP007');
        expectRule(await check(plan({ extra: 'exercise mystery "Something" { cue "Do it" }' })), 'RP007', 'error', 1);
    });
    it('`like` of something that is not a built-in is a reference error', async () => {
        const { validate } = await import('../test-services.js');
        const { diagnostics } = await validate(plan({ extra: 'exercise my-roll like ise { }' }));
        const reference = diagnostics.filter(d => d.code === 'reference');
        expect(reference.length, summary(diagnostics)).toBe(1);
        expect(reference[0].message).toContain('`ice`');
    });
    it('probe: a plan exercise named like a built-in warns RP010 and is judged by its own kind', async () => {
        const text = plan({
            extra: 'exercise heel-raise "My heel raise" { kind mobility }',
            phases: 'phase strength weeks 1-12 {\n do heel-raise 3 x 10 reps, daily\n do calf-stretch 3 x 30 s hold, 2 times daily\n }'
        });
        const diagnostics = await check(text);
        expectRule(diagnostics, 'RP010', 'warning', 1);
        expectNoRule(diagnostics, 'PF023');
        expectNoRule(diagnostics, 'PF022');
        expectNoRule(await check(plan({ extra: 'exercise my-heel-raise like heel-raise { }' })), 'RP010');
    });
});

describe('referral plans', () => {
    const referral = (activities: string, refer = 'refer "Own GP today: numbness"') =>
        [
            'plan r {',
            '    condition plantar-fasciitis',
            '    patient { age 70  side left  red-flags numbness, wound }',
            `    ${refer}`,
            `    phase protect weeks 1-1 {\n        ${activities}\n    }`,
            '}',
            ''
        ].join('\n');
    it('a referral with support activities only is judged by the screening and generic rules only', async () => {
        const diagnostics = await check(referral('do heel-cup daily'));
        const serious = diagnostics.filter(d => d.severity === SEVERITY.error || d.severity === SEVERITY.warning);
        expect(serious, summary(diagnostics)).toEqual([]);
    });
    it('near miss: a `refer` line with a loading activity is no referral, so the red flags are errors again', async () => {
        const diagnostics = await check(referral('do heel-cup daily\n        do heel-raise 3 x 10 reps tempo 3-0-3, every other day'));
        expectRule(diagnostics, 'PF002', 'error', 2);
    });
    it('near miss: red flags without a `refer` line are errors', async () => {
        expectRule(await check(referral('do heel-cup daily', '')), 'PF002', 'error', 2);
    });
});

describe('PF003 both heels', () => {
    it.each([
        ['side both  red-flags none', 'hint'],
        ['side both  red-flags bilateral-with-back-pain', undefined],
        ['side left  red-flags none', undefined]
    ] as const)('`%s` gives %s', async (patient, severity) => {
        const diagnostics = await check(plan({ patient: `patient { ${patient} }` }));
        if (severity) expectRule(diagnostics, 'PF003', severity, 1);
        else expectNoRule(diagnostics, 'PF003');
    });
    it('`redness` is a red flag word now (PF002, not RP006)', async () => {
        const diagnostics = await check(plan({ patient: 'patient { red-flags redness }' }));
        expectRule(diagnostics, 'PF002', 'error', 1);
        expectNoRule(diagnostics, 'RP006');
    });
});
