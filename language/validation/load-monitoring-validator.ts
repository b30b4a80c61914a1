import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Activity, ActivityPainLimit, Monitor, PainSettles, Phase, Plan, RehabAstType } from '../generated/ast.js';
import { isActivity, isActivityPainLimit, isFirstStepPainRises, isMonitor, isPainSettles, isStopRule } from '../generated/ast.js';
import { addMonitorRule, addStopRuleToPhase, replaceWith } from '../fixes/plan-fixes.js';
import { formatNumber, formatPrecise, toHours } from '../schedule/quantities.js';
import { doseRises, exerciseLabel, sameExercise } from '../schedule/dose-steps.js';

/** Kinds that put no load on the fascia, however they are progressed. */
const PASSIVE_KINDS = new Set(['modality', 'support', 'medication', 'procedure']);
import { RuleFamily } from './rule-family.js';
import { GROWTH_TOLERANCE } from '../rules/tolerance.js';
import { activityKind, isRunningActivity } from '../plan/plan-queries.js';

/** PF010-PF013: the pain-monitoring model that every progression of the guide rests on. */
export class LoadMonitoringValidator extends RuleFamily {
    override readonly owns = ['PF010', 'PF011', 'PF012', 'PF013'];
    protected override readonly profileId = 'plantar-fasciitis';

    checks(): ValidationChecks<RehabAstType> {
        return {
            Plan: [this.checkPlanSetsAnActivityPainCeiling, this.checkPlanSaysPainSettlesWithinADay],
            ActivityPainLimit: this.checkActivityPainCeilingIsAtMostThree,
            PainSettles: this.checkSettleWindowIsAtMostADay,
            Phase: this.checkLoadingPhaseStopsOnFirstStepPain
        };
    }

    checkPlanSetsAnActivityPainCeiling(plan: Plan, accept: ValidationAcceptor): void {
        // Only the monitor's rule counts: an entry criterion judges one moment, not every session.
        const rules = plan.members.filter(isMonitor).flatMap(m => m.rules);
        if (rules.some(isActivityPainLimit)) return;
        const [line] = this.missingMonitorLines(plan);
        this.report(accept, 'PF010', { ...this.monitorOrPlan(plan), fix: addMonitorRule(plan, line, this.missingMonitorLines(plan)) });
    }

    checkPlanSaysPainSettlesWithinADay(plan: Plan, accept: ValidationAcceptor): void {
        const rules = plan.members.filter(isMonitor).flatMap(m => m.rules);
        if (rules.some(isPainSettles)) return;
        const missing = this.missingMonitorLines(plan);
        this.report(accept, 'PF012', { ...this.monitorOrPlan(plan), fix: addMonitorRule(plan, missing[missing.length - 1], missing) });
    }

    checkActivityPainCeilingIsAtMostThree(rule: ActivityPainLimit, accept: ValidationAcceptor): void {
        const value = rule.limit?.value;
        // A score on another scale than /10 is RP006's finding; judging it here would double the report.
        if (value === undefined || rule.limit.scale !== 10) return;
        const warn = this.limit(rule, 'activityPainWarn');
        if (value <= warn) return;
        this.report(accept, 'PF011', {
            node: rule,
            property: 'limit',
            args: { limit: formatNumber(value) },
            fix: replaceWith(rule.limit, `${formatNumber(warn)}/10`)
        });
    }

    checkSettleWindowIsAtMostADay(rule: PainSettles, accept: ValidationAcceptor): void {
        const hours = toHours(rule.window);
        const limit = this.limit(rule, 'painSettlesHours');
        if (hours === undefined || hours <= limit + GROWTH_TOLERANCE) return;
        this.report(accept, 'PF012', {
            node: rule,
            property: 'window',
            variant: 'long',
            args: { hours: formatPrecise(hours) },
            fix: replaceWith(rule.window, `${formatNumber(limit)} h`)
        });
    }

    checkLoadingPhaseStopsOnFirstStepPain(phase: Phase, accept: ValidationAcceptor): void {
        const activities = phase.members.filter(isActivity);
        const runs = activities.some(isRunningActivity);
        // An increasing progression of exercise adds load on the foot; longer ice, tape or a medicine does not.
        const progresses = activities.some(a => !PASSIVE_KINDS.has(activityKind(a) ?? '') && a.progressions.some(p => p.sign === '+'));
        const stepUp = runs || progresses ? undefined : this.strengthStepAtPhaseStart(phase);
        if (!runs && !progresses && !stepUp) return;
        const stopRules = [...phase.members.filter(isStopRule), ...(this.contextOf(phase)?.planMembers(isStopRule) ?? [])];
        // A stop rule on swelling or pain above N/10 does not watch the morning pain the guide names.
        if (stopRules.some(s => s.conditions.some(isFirstStepPainRises))) return;
        this.report(accept, 'PF013', {
            node: phase,
            property: 'name',
            variant: runs ? 'running' : stepUp ? 'step' : undefined,
            args: { phase: phase.name, exercise: stepUp ? exerciseLabel(stepUp) : '' },
            fix: addStopRuleToPhase(phase)
        });
    }

    /**
     * A load step at a phase boundary (RULES.md PF013, v2): a strength exercise the phase starts at a higher dose
     * than the same exercise had in the week before. An exercise not done that week is new, not a rise.
     */
    private strengthStepAtPhaseStart(phase: Phase): Activity | undefined {
        const schedule = this.contextOf(phase)?.schedule;
        const first = phase.from;
        if (!schedule || first === undefined || first < 2 || !Number.isInteger(first)) return undefined;
        const before = schedule.weeks[first - 2],
            start = schedule.weeks[first - 1];
        if (!before || !start) return undefined;
        for (const now of start.activities) {
            if (now.phase !== phase || now.kind !== 'strength') continue;
            const earlier = before.activities.filter(a => a.phase !== phase && sameExercise(a, now));
            if (earlier.length > 0 && earlier.every(a => doseRises(a, now))) return now.activity;
        }
        return undefined;
    }

    /** The monitor lines the guide asks for that the plan lacks, in the order a new block lists them. */
    private missingMonitorLines(plan: Plan): string[] {
        const rules = plan.members.filter(isMonitor).flatMap(m => m.rules);
        const lines: string[] = [];
        if (!rules.some(isActivityPainLimit))
            lines.push(`pain during activity at most ${formatNumber(this.limit(plan, 'activityPainWarn'))}/10`);
        if (!rules.some(isPainSettles)) lines.push(`pain settles within ${formatNumber(this.limit(plan, 'painSettlesHours'))} h`);
        return lines;
    }

    /** Where a missing load rule is shown: on the `monitor` keyword, or on the plan's name without one. */
    private monitorOrPlan(plan: Plan): { node: Plan | Monitor; property?: string; keyword?: string } {
        const monitor = plan.members.find(isMonitor);
        return monitor ? { node: monitor, keyword: 'monitor' } : { node: plan, property: 'name' };
    }
}
