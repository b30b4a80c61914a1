import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Plan, RedFlags, RehabAstType, Side } from '../generated/ast.js';
import { isPatient, isRedFlags, isSide } from '../generated/ast.js';
import { addRedFlagsNone } from '../fixes/plan-fixes.js';
import { RuleFamily } from './rule-family.js';

/** PF001-PF003: the guide's red-flag screening comes before any loading plan. */
export class ScreeningValidator extends RuleFamily {
    override readonly owns = ['PF001', 'PF002', 'PF003'];
    protected override readonly profileId = 'plantar-fasciitis';
    protected override readonly judgesReferrals = true;

    checks(): ValidationChecks<RehabAstType> {
        return {
            Plan: [this.checkRedFlagScreeningIsDocumented, this.checkBothHeelsAreScreenedForArthritis],
            RedFlags: this.checkNoRedFlagIsListed
        };
    }

    checkBothHeelsAreScreenedForArthritis(plan: Plan, accept: ValidationAcceptor): void {
        const facts = plan.members.filter(isPatient).flatMap(p => p.facts);
        const both = facts.find((f): f is Side => isSide(f) && f.side === 'both');
        if (!both) return;
        if (facts.some(f => isRedFlags(f) && f.flags.includes('bilateral-with-back-pain'))) return;
        this.report(accept, 'PF003', { node: both, property: 'side' });
    }

    checkRedFlagScreeningIsDocumented(plan: Plan, accept: ValidationAcceptor): void {
        const documented = plan.members.filter(isPatient).some(p => p.facts.some(isRedFlags));
        if (!documented) this.report(accept, 'PF001', { node: plan, property: 'name', fix: addRedFlagsNone(plan) });
    }

    checkNoRedFlagIsListed(redFlags: RedFlags, accept: ValidationAcceptor): void {
        // A referral plan is the referral the flag asks for: it loads nothing, so there is nothing to hold back.
        if (this.contextOf(redFlags)?.referral) return;
        // Any listed flag, known word or not, is a finding the clinician wrote down: refer first.
        redFlags.flags.forEach((flag, index) => {
            // `none` in a list is a contradiction RP006 reports, not a finding.
            if (flag === 'none') return;
            this.report(accept, 'PF002', { node: redFlags, property: 'flags', index, args: { flag } });
        });
    }
}
