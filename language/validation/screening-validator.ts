import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Plan, RedFlags, RehabAstType } from '../generated/ast.js';
import { isPatient, isRedFlags } from '../generated/ast.js';
import { addRedFlagsNone } from '../fixes/plan-fixes.js';
import { RuleFamily } from './rule-family.js';

/** PF001-PF002: the guide's red-flag screening comes before any loading plan. */
export class ScreeningValidator extends RuleFamily {
    protected override readonly profileId = 'plantar-fasciitis';

    checks(): ValidationChecks<RehabAstType> {
        return {
            Plan: this.checkRedFlagScreeningIsDocumented,
            RedFlags: this.checkNoRedFlagIsListed
        };
    }

    checkRedFlagScreeningIsDocumented(plan: Plan, accept: ValidationAcceptor): void {
        const documented = plan.members.filter(isPatient).some(p => p.facts.some(isRedFlags));
        if (!documented) this.report(accept, 'PF001', { node: plan, property: 'name', fix: addRedFlagsNone(plan) });
    }

    checkNoRedFlagIsListed(redFlags: RedFlags, accept: ValidationAcceptor): void {
        // Any listed flag, known word or not, is a finding the clinician wrote down: refer first.
        redFlags.flags.forEach((flag, index) => {
            // `none` in a list is a contradiction RP006 reports, not a finding.
            if (flag === 'none') return;
            this.report(accept, 'PF002', { node: redFlags, property: 'flags', index, args: { flag } });
        });
    }
}
