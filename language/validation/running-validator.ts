import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import type { Activity, ExerciseKind, Phase, Plan, Progression, RehabAstType, Shoes } from '../generated/ast.js';
import { isActivity, isFirstStepPainCriterion, isPhase, isShoes, isWalkCriterion, isEntry } from '../generated/ast.js';
import { addEntryCriterion, replaceWith, restBetweenRuns, setProgressionStep } from '../fixes/plan-fixes.js';
import type { QuickFix } from '../fixes/text-edits.js';
import { formatNumber, formatPrecise, sessionsPerWeek, toMinutes } from '../schedule/quantities.js';
import { phasesOf, progressionSteps, type Schedule, type ScheduleWeek } from '../schedule/schedule.js';
import { RuleFamily } from './rule-family.js';

export function kindOf(activity: Activity): ExerciseKind | undefined {
    return activity.exercise?.ref?.kind as ExerciseKind | undefined;
}

export function exerciseName(activity: Activity): string | undefined {
    return activity.exercise?.ref?.name;
}

export function isRunningActivity(node: AstNode): node is Activity {
    return isActivity(node) && kindOf(node) === 'running';
}

/** Phases with running, in the order they start (document order among equals). */
export function runningPhases(plan: Plan): Phase[] {
    return phasesOf(plan).filter(p => p.members.some(isRunningActivity)).sort((a, b) => (a.from ?? 0) - (b.from ?? 0));
}

/** PF030-PF037 and footwear PF060-PF061: the guide's return to running (action plan steps 4-5). */
export class RunningValidator extends RuleFamily {
    protected override readonly profileId = 'plantar-fasciitis';

    checks(): ValidationChecks<RehabAstType> {
        return {
            Plan: [
                this.checkFirstRunningPhaseWaitsForMorningPain,
                this.checkFirstRunningPhaseWaitsForAWalkingTest,
                this.checkRunningTimeGrowsAtMostTenPercentAWeek,
                this.checkFirstRunningWeekUsesShortRuns,
                this.checkFirstRunningPhaseIsOnSoftGround,
                this.checkRunningPlansSayWhenToReplaceShoes
            ],
            Activity: [this.checkRunningLeavesARestDay, this.checkRunningWaitsForThreeMonths],
            Phase: this.checkRunsOfAPhaseTogetherLeaveARestDay,
            Shoes: this.checkShoesAreReplacedByEightHundredKm
        };
    }

    checkFirstRunningPhaseWaitsForMorningPain(plan: Plan, accept: ValidationAcceptor): void {
        const phase = runningPhases(plan)[0];
        if (!phase) return;
        const max = this.limit(plan, 'runEntryFirstStepPain');
        const criteria = phase.members.filter(isEntry).flatMap(e => e.criteria).filter(isFirstStepPainCriterion);
        const criterion = `first-step pain at most ${formatNumber(max)}/10`;
        if (criteria.length === 0) {
            this.report(accept, 'PF030', { node: phase, property: 'name', args: { phase: phase.name }, fix: addEntryCriterion(phase, criterion) });
            return;
        }
        // Criteria are joined by `and`: the strictest one is what holds the phase back, so it is the one judged.
        const judged = criteria.filter(c => c.limit?.value !== undefined && c.limit.scale === 10);
        const strictest = judged.reduce<typeof judged[number] | undefined>((best, c) => (!best || c.limit!.value < best.limit!.value ? c : best), undefined);
        if (strictest && strictest.limit!.value > max) {
            this.report(accept, 'PF031', { node: strictest, property: 'limit', args: { limit: formatNumber(strictest.limit!.value) }, fix: replaceWith(strictest.limit, `${formatNumber(max)}/10`) });
        }
    }

    checkFirstRunningPhaseWaitsForAWalkingTest(plan: Plan, accept: ValidationAcceptor): void {
        const phase = runningPhases(plan)[0];
        if (!phase) return;
        const walks = phase.members.filter(isEntry).flatMap(e => e.criteria).filter(isWalkCriterion);
        const min = this.limit(plan, 'runEntryWalkMinutes');
        if (walks.length === 0) {
            this.report(accept, 'PF032', { node: phase, property: 'name', args: { phase: phase.name } });
            return;
        }
        // Several walking tests: the longest is the one the patient must pass.
        const longest = walks.reduce((a, b) => ((toMinutes(b.duration) ?? 0) > (toMinutes(a.duration) ?? 0) ? b : a));
        const minutes = toMinutes(longest.duration);
        if (minutes !== undefined && minutes < min - this.limit(plan, 'growthTolerance')) {
            this.report(accept, 'PF032', { node: longest, property: 'duration', variant: 'short', args: { minutes: formatPrecise(minutes) } });
        }
    }

    checkRunningTimeGrowsAtMostTenPercentAWeek(plan: Plan, accept: ValidationAcceptor): void {
        const context = this.contextOf(plan);
        if (!context) return;
        const warn = this.limit(plan, 'runGrowthWarnPercent') / 100, error = this.limit(plan, 'runGrowthErrorPercent') / 100;
        // One diagnostic per cause, as severe as its worst week: a +25 % rule is one mistake, not 26.
        for (const cause of findGrowthCauses(context.schedule, warn, this.limit(plan, 'growthTolerance'))) {
            const { growth, from, before, after } = cause.worst;
            this.report(accept, 'PF033', {
                node: cause.node, property: cause.progression ? undefined : 'exercise',
                variant: growth > error + this.limit(plan, 'growthTolerance') ? 'high' : undefined,
                args: { growth: formatNumber(growth * 100), from, to: from + 1, before: formatNumber(before), after: formatNumber(after) },
                fix: cause.fix(this.limit(plan, 'runGrowthWarnPercent'))
            });
        }
    }

    checkFirstRunningWeekUsesShortRuns(plan: Plan, accept: ValidationAcceptor): void {
        const schedule = this.contextOf(plan)?.schedule;
        // Only the plan's first week of running: a restart after a break follows weeks of running already.
        const first = schedule?.weeks.find(w => w.runMinutes > 0);
        if (!first) return;
        const max = this.limit(plan, 'firstRunWeekMaxSessionMinutes') + this.limit(plan, 'growthTolerance');
        for (const a of first.activities) {
            const minutes = a.runMinutesPerSession;
            if (a.kind === 'running' && minutes !== undefined && minutes > max) {
                this.report(accept, 'PF035', { node: a.activity, property: 'dose', args: { minutes: formatPrecise(minutes) } });
            }
        }
    }

    checkFirstRunningPhaseIsOnSoftGround(plan: Plan, accept: ValidationAcceptor): void {
        const phase = runningPhases(plan)[0];
        for (const activity of phase?.members.filter(isRunningActivity) ?? []) {
            if (activity.surface === 'hard-surface' || activity.surface === 'hills') {
                this.report(accept, 'PF036', { node: activity, property: 'surface', args: { surface: activity.surface } });
            }
        }
    }

    checkRunningPlansSayWhenToReplaceShoes(plan: Plan, accept: ValidationAcceptor): void {
        const first = runningPhases(plan)[0]?.members.find(isRunningActivity);
        if (!first) return;
        const hasShoes = plan.members.some(m => isShoes(m) || (isPhase(m) && m.members.some(isShoes)));
        if (!hasShoes) this.report(accept, 'PF061', { node: first, property: 'exercise' });
    }

    checkRunningLeavesARestDay(activity: Activity, accept: ValidationAcceptor): void {
        if (kindOf(activity) !== 'running') return;
        const sessions = sessionsPerWeek(activity.frequency);
        const tooOften = sessions !== undefined && sessions > this.limit(activity, 'runningMaxSessionsPerWeek') + this.limit(activity, 'growthTolerance');
        const zeroRest = activity.rests.find(r => r.days === 0);
        if (!tooOften && !zeroRest) return;
        this.report(accept, 'PF034', {
            node: tooOften ? activity : zeroRest!, property: tooOften ? 'frequency' : 'days',
            variant: tooOften ? undefined : 'no-rest', args: { sessions: formatNumber(sessions ?? 0) },
            fix: restBetweenRuns(activity, tooOften)
        });
    }

    /**
     * Two running activities of one phase, each every other day or less, can still add up to running on
     * more days than every other day (`walk-run 2 times weekly` and `run 2 times weekly`).
     */
    checkRunsOfAPhaseTogetherLeaveARestDay(phase: Phase, accept: ValidationAcceptor): void {
        const runs = phase.members.filter(isRunningActivity);
        if (runs.length < 2) return;
        const limit = this.limit(phase, 'runningMaxSessionsPerWeek') + this.limit(phase, 'growthTolerance');
        const each = runs.map(a => sessionsPerWeek(a.frequency) ?? 1);
        const total = each.reduce((sum, n) => sum + n, 0);
        // An activity that is too often on its own is reported by checkRunningLeavesARestDay already.
        if (total <= limit || each.some(n => n > limit)) return;
        this.report(accept, 'PF034', { node: runs[runs.length - 1], property: 'frequency', args: { sessions: formatNumber(total) } });
    }

    checkRunningWaitsForThreeMonths(activity: Activity, accept: ValidationAcceptor): void {
        if (kindOf(activity) !== 'running') return;
        // One note per running activity that starts early, where the clinician would move it.
        const week = activity.$container.from;
        if (week !== undefined && week < this.limit(activity, 'runningFromWeek')) {
            this.report(accept, 'PF037', { node: activity, property: 'exercise', args: { week } });
        }
    }

    checkShoesAreReplacedByEightHundredKm(shoes: Shoes, accept: ValidationAcceptor): void {
        const q = shoes.distance;
        if (q?.unit !== 'km' || q.value <= this.limit(shoes, 'shoesMaxKm')) return;
        this.report(accept, 'PF060', {
            node: shoes, property: 'distance', args: { km: formatNumber(q.value) },
            fix: replaceWith(q, `${formatNumber(this.limit(shoes, 'shoesFixKm'))} km`)
        });
    }
}

interface GrowthStep { growth: number; from: number; before: number; after: number }
interface GrowthCause { node: Activity | Progression; progression?: Progression; worst: GrowthStep; fix(percent: number): QuickFix | undefined }

/**
 * The week pairs whose total running time grows more than `limit` (a fraction), grouped by what
 * causes each: the progression that stepped up, or else the activity that added the most running
 * (a new phase, more sessions). One cause is one diagnostic, however many weeks it affects.
 */
function findGrowthCauses(schedule: Schedule, limit: number, tolerance: number): GrowthCause[] {
    const causes = new Map<Activity | Progression, GrowthCause>();
    for (let i = 1; i < schedule.weeks.length; i++) {
        const prev = schedule.weeks[i - 1], cur = schedule.weeks[i];
        // Growth from nothing is the first week of running: PF035 judges that, not a percentage.
        if (!(prev.runMinutes > 0)) continue;
        const growth = (cur.runMinutes - prev.runMinutes) / prev.runMinutes;
        if (!(growth > limit + tolerance)) continue;
        // The activity that added the most running minutes is the cause; smaller co-increases ride along.
        const activity = largestIncrease(prev, cur);
        if (!activity) continue;
        const progression = steppedProgression(activity, prev.week, cur.week, prev.activities.some(a => a.activity === activity));
        const node = progression ?? activity;
        const step: GrowthStep = { growth, from: prev.week, before: prev.runMinutes, after: cur.runMinutes };
        const known = causes.get(node);
        if (!known) causes.set(node, { node, progression, worst: step, fix: percent => (progression ? setProgressionStep(progression, percent) : undefined) });
        // The worst week, and among equal ones (a fixed percentage, equal up to rounding) the first.
        else if (growth > known.worst.growth + tolerance) known.worst = step;
    }
    return [...causes.values()];
}

function largestIncrease(prev: ScheduleWeek, cur: ScheduleWeek): Activity | undefined {
    const before = new Map(prev.activities.map(a => [a.activity, a.runMinutesPerWeek] as const));
    let best: Activity | undefined, bestIncrease = 0;
    for (const a of cur.activities) {
        const increase = a.runMinutesPerWeek - (before.get(a.activity) ?? 0);
        if (increase > bestIncrease) {
            best = a.activity;
            bestIncrease = increase;
        }
    }
    return best;
}

/** The run-time progression that took a step between two weeks of the same activity. */
function steppedProgression(activity: Activity, prevWeek: number, curWeek: number, inBoth: boolean): Progression | undefined {
    if (!inBoth) return undefined;
    const start = Math.max(1, Math.floor(activity.$container.from ?? 1));
    return activity.progressions.find(p => p.sign === '+' && (p.target === 'run-time' || p.target === 'duration')
        && progressionSteps(p, curWeek - start) > progressionSteps(p, prevWeek - start));
}
