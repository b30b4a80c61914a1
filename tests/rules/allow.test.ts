import { describe, expect, it } from 'vitest';
import { check, expectNoRule, expectRule, lineOf, plan, runPlan } from './snippets.js';

const PROGRESSING =
    'phase strength weeks 1-12 {\n        do heel-raise 3 x 8 reps tempo 3-0-3, every other day { progress reps +2 every 2 weeks until 12 reps }\n        ALLOW\n    }';

describe('allow RULE because "…"', () => {
    it('silences a plan-level rule in plan scope', async () => {
        expectRule(await check(plan({ review: null })), 'PF040', 'warning');
        const diagnostics = await check(plan({ review: null, extra: 'allow PF040 because "Reviewed by phone in week 4"' }));
        expectNoRule(diagnostics, 'PF040');
        expectNoRule(diagnostics, 'RP005');
    });

    it('silences a phase rule in phase scope', async () => {
        const text = plan({ stop: null, phases: PROGRESSING.replace('ALLOW', 'allow PF013 because "Supervised in clinic"') });
        const diagnostics = await check(text);
        expectNoRule(diagnostics, 'PF013');
        expectNoRule(diagnostics, 'RP005');
    });

    it('silences a phase rule from plan scope too', async () => {
        const text = plan({ stop: null, phases: PROGRESSING.replace('ALLOW', ''), extra: 'allow PF013 because "Supervised in clinic"' });
        expectNoRule(await check(text), 'PF013');
    });

    it('a phase allow does not silence the rule in another phase', async () => {
        const phases = `${PROGRESSING.replace('ALLOW', 'allow PF013 because "Supervised"')}
    phase later weeks 13-20 { do heel-raise 3 x 10 reps tempo 3-0-3, every other day { progress reps +1 every 2 weeks until 12 reps } }`;
        const text = plan({ stop: null, phases });
        const [d] = expectRule(await check(text), 'PF013', 'error', 1);
        expect(lineOf(text, d)).toContain('phase later');
    });

    it('silences a growth rule reported on a progression', async () => {
        const run =
            'do walk-run 10 x (1 min run + 2 min walk), 3 times weekly on soft-surface { progress run-time +25 % every week  rest 1 day between sessions }\n        allow PF033 because "Experienced runner, supervised"';
        const diagnostics = await check(runPlan({ run }));
        expectNoRule(diagnostics, 'PF033');
        expectNoRule(diagnostics, 'RP005');
    });

    it('an allow for a guide rule in a plan of another condition is an RP005 hint: the rule never fires there', async () => {
        const diagnostics = await check('plan p {\n    condition achilles\n    allow PF040 because "x"\n    phase a weeks 1-2 { }\n}');
        expectRule(diagnostics, 'RP005', 'hint', 1);
    });

    it('RP005 can be answered with an allow too, as every error can', async () => {
        const diagnostics = await check(
            plan({ extra: 'allow PF999 because "x"\n    allow RP005 because "legacy ids kept for the audit trail"' })
        );
        expectNoRule(diagnostics, 'RP005');
    });
    it('an `allow RP005` that silences nothing still gets its RP005 hint (it does not silence itself)', async () => {
        expectRule(await check(plan({ extra: 'allow RP005 because "legacy"' })), 'RP005', 'hint', 1);
    });

    it('an allow for a rule that does not fire is an RP005 hint (plan and phase scope)', async () => {
        expectRule(await check(plan({ extra: 'allow PF040 because "Reviewed early"' })), 'RP005', 'hint', 1);
        expectRule(await check(plan({ phases: PROGRESSING.replace('ALLOW', 'allow PF013 because "Supervised"') })), 'RP005', 'hint', 1);
    });

    it('an allow without a reason silences nothing and is an RP005 error', async () => {
        const diagnostics = await check(plan({ review: null, extra: 'allow PF040 because "  "' }));
        expectRule(diagnostics, 'PF040', 'warning');
        expectRule(diagnostics, 'RP005', 'error', 1);
    });
});
