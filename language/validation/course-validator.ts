import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Activity, Phase, Plan, RehabAstType } from '../generated/ast.js';
import { isActivity, isPhase, isReview } from '../generated/ast.js';
import { addPlanLine } from '../fixes/plan-fixes.js';
import { sessionsPerWeek } from '../schedule/quantities.js';
import { phasesOf } from '../schedule/schedule.js';
import { RuleFamily } from './rule-family.js';
import { GROWTH_TOLERANCE } from '../rules/tolerance.js';
import { activityBuiltin, activityKind } from '../plan/plan-queries.js';

/** PF040-PF043: the course of treatment: a timely review, active loading, maintenance after running. */
export class CourseValidator extends RuleFamily {
    override readonly owns = ['PF040', 'PF041', 'PF042', 'PF043'];
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
        const last = this.contextOf(plan)?.schedule.lastWeek ?? 0;
        const from = this.limit(plan, 'reviewFromWeek'),
            by = this.limit(plan, 'reviewByWeek');
        // "After 6-8 weeks": a review in weeks 6-8; a plan that ends before week 6 is reviewed in its last week.
        // A review after the plan's last week is RP009's finding and never counts.
        const short = last > 0 && last < from;
        const inWindow = (week: number) => (short ? week === last : week >= from && week <= by && week <= Math.max(last, 1));
        if (reviews.some(r => inWindow(r.week))) return;
        const week = short ? last : this.limit(plan, 'reviewFixWeek');
        this.report(accept, 'PF040', {
            node: plan,
            property: 'name',
            variant: short ? 'short' : undefined,
            args: { week },
            fix: { title: `Add \`review at week ${week}\``, edits: addPlanLine(plan, `review at week ${week}`) }
        });
    }

    checkPlanLoadsTheFascia(plan: Plan, accept: ValidationAcceptor): void {
        const loads = phasesOf(plan).some(p =>
            p.members.some(m => isActivity(m) && (activityKind(m) === 'stretch' || activityKind(m) === 'strength'))
        );
        if (!loads) this.report(accept, 'PF041', { node: plan, property: 'name' });
    }

    checkTapingIsNotAPhaseOnItsOwn(phase: Phase, accept: ValidationAcceptor): void {
        const activities = phase.members.filter(isActivity);
        const onlyTaping = activities.length > 0 && activities.every(a => activityBuiltin(a) === 'taping');
        if (onlyTaping) this.report(accept, 'PF042', { node: phase, property: 'name', args: { phase: phase.name } });
    }

    checkRunningIsFollowedByMaintenance(plan: Plan, accept: ValidationAcceptor): void {
        const running = this.runningPhasesOf(plan);
        const firstRunning = running[0];
        if (!firstRunning) return;
        // "A later phase": one that starts after running starts. A final phase that keeps running and keeps up
        // the exercises counts; the phase where running begins does not carry its own maintenance.
        const stretches = this.limit(plan, 'maintenanceStretchSessions'),
            strength = this.limit(plan, 'maintenanceStrengthSessions');
        const keepsUp = plan.members.filter(isPhase).some(p => p.from > firstRunning.from && keepsUpMaintenance(p, stretches, strength));
        if (!keepsUp) this.report(accept, 'PF043', { node: running[running.length - 1], property: 'name' });
    }
}

/** Stretch and strength sessions a week in one phase, added up over its activities (a range counts its lower end). */
function keepsUpMaintenance(phase: Phase, stretches: number, strength: number): boolean {
    const sessions = (kind: string) =>
        phase.members
            .filter((m): m is Activity => isActivity(m) && activityKind(m) === kind)
            .reduce((sum, a) => sum + (sessionsPerWeek(a.frequency) ?? 1), 0);
    return sessions('stretch') >= stretches - GROWTH_TOLERANCE && sessions('strength') >= strength - GROWTH_TOLERANCE;
}
