import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Activity, Phase, Plan, RehabAstType } from '../generated/ast.js';
import { isActivity, isPhase, isReview } from '../generated/ast.js';
import { addPlanLine } from '../fixes/plan-fixes.js';
import { sessionsPerWeek } from '../schedule/quantities.js';
import { phasesOf } from '../schedule/schedule.js';
import { exerciseName, kindOf, runningPhases } from './running-validator.js';
import { RuleFamily } from './rule-family.js';

/** PF040-PF043: the course of treatment: a timely review, active loading, maintenance after running. */
export class CourseValidator extends RuleFamily {
    protected override readonly profileId = 'plantar-fasciitis';

    checks(): ValidationChecks<RehabAstType> {
        return {
            Plan: [this.checkPlanIsReviewedByWeekEight, this.checkPlanLoadsTheFascia, this.checkRunningIsFollowedByMaintenance],
            Phase: this.checkTapingIsNotAPhaseOnItsOwn
        };
    }

    checkPlanIsReviewedByWeekEight(plan: Plan, accept: ValidationAcceptor): void {
        // A review written inside a phase is as good as a plan-level one.
        const reviews = [...plan.members.filter(isReview), ...phasesOf(plan).flatMap(p => p.members.filter(isReview))];
        if (reviews.some(r => r.week >= 1 && r.week <= this.limit(plan, 'reviewByWeek'))) return;
        // A plan shorter than the fix's week gets its review in its last week, so the fix stays inside it.
        const last = this.contextOf(plan)?.schedule.lastWeek ?? 0;
        const week = Math.min(this.limit(plan, 'reviewFixWeek'), last > 0 ? last : Infinity);
        this.report(accept, 'PF040', { node: plan, property: 'name', fix: { title: `Add \`review at week ${week}\``, edits: addPlanLine(plan, `review at week ${week}`) } });
    }

    checkPlanLoadsTheFascia(plan: Plan, accept: ValidationAcceptor): void {
        const loads = phasesOf(plan).some(p => p.members.some(m => isActivity(m) && (kindOf(m) === 'stretch' || kindOf(m) === 'strength')));
        if (!loads) this.report(accept, 'PF041', { node: plan, property: 'name' });
    }

    checkTapingIsNotAPhaseOnItsOwn(phase: Phase, accept: ValidationAcceptor): void {
        const activities = phase.members.filter(isActivity);
        const onlyTaping = activities.length > 0 && activities.every(a => exerciseName(a) === 'taping');
        if (onlyTaping) this.report(accept, 'PF042', { node: phase, property: 'name', args: { phase: phase.name } });
    }

    checkRunningIsFollowedByMaintenance(plan: Plan, accept: ValidationAcceptor): void {
        const running = runningPhases(plan);
        const firstRunning = running[0];
        if (!firstRunning) return;
        // "A later phase": one that starts after running starts. A final phase that keeps running and keeps up
        // the exercises counts; the phase where running begins does not carry its own maintenance.
        const keepsUp = plan.members.filter(isPhase).some(p => p.from > firstRunning.from && keepsUpMaintenance(p));
        if (!keepsUp) this.report(accept, 'PF043', { node: running[running.length - 1], property: 'name' });
    }
}

/** At least weekly stretching and weekly strength work in one phase. */
function keepsUpMaintenance(phase: Phase): boolean {
    const weekly = (kind: string) => phase.members.some(m => isActivity(m) && kindOf(m) === kind && atLeastWeekly(m));
    return weekly('stretch') && weekly('strength');
}

function atLeastWeekly(activity: Activity): boolean {
    return (sessionsPerWeek(activity.frequency) ?? 1) >= 1 - 1e-9;
}
