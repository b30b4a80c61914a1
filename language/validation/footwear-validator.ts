import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Plan, RehabAstType, Shoes } from '../generated/ast.js';
import { isPhase, isShoes } from '../generated/ast.js';
import { replaceWith } from '../fixes/plan-fixes.js';
import { formatNumber } from '../schedule/quantities.js';
import { isRunningActivity } from '../plan/plan-queries.js';
import { RuleFamily } from './rule-family.js';

/** PF060-PF061: running shoes, replaced in time (action plan step 5, "Fodtøj & indlæg"). */
export class FootwearValidator extends RuleFamily {
    override readonly owns = ['PF060', 'PF061'];
    protected override readonly profileId = 'plantar-fasciitis';

    checks(): ValidationChecks<RehabAstType> {
        return {
            Plan: this.checkRunningPlansSayWhenToReplaceShoes,
            Shoes: this.checkShoesAreReplacedByEightHundredKm
        };
    }

    checkRunningPlansSayWhenToReplaceShoes(plan: Plan, accept: ValidationAcceptor): void {
        const first = this.runningPhasesOf(plan)[0]?.members.find(isRunningActivity);
        if (!first) return;
        const hasShoes = plan.members.some(m => isShoes(m) || (isPhase(m) && m.members.some(isShoes)));
        if (!hasShoes) this.report(accept, 'PF061', { node: first, property: 'exercise' });
    }

    checkShoesAreReplacedByEightHundredKm(shoes: Shoes, accept: ValidationAcceptor): void {
        const q = shoes.distance;
        if (q?.unit !== 'km' || q.value <= this.limit(shoes, 'shoesMaxKm')) return;
        this.report(accept, 'PF060', {
            node: shoes,
            property: 'distance',
            args: { km: formatNumber(q.value) },
            fix: replaceWith(q, `${formatNumber(this.limit(shoes, 'shoesFixKm'))} km`)
        });
    }
}
