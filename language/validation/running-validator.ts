import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Activity, Phase, Plan, Progression, RehabAstType } from '../generated/ast.js';
import { isFirstStepPainCriterion, isWalkCriterion, isEntry } from '../generated/ast.js';
import { addEntryCriterion, replaceSurface, replaceWith, restBetweenRuns, setProgressionStep } from '../fixes/plan-fixes.js';
import type { QuickFix } from '../fixes/text-edits.js';
import { formatNumber, formatPrecise, sessionsPerWeekMax, toMinutes } from '../schedule/quantities.js';
import { progressionSteps, type Schedule, type ScheduleWeek } from '../schedule/schedule.js';
import { RuleFamily } from './rule-family.js';
import { clockWeek } from '../plan/plan-queries.js';
import { exerciseLabel } from '../schedule/dose-steps.js';
import type { Localized } from '../rules/message-phrases.js';
import { activityKind } from '../plan/plan-queries.js';
import { GROWTH_TOLERANCE } from '../rules/tolerance.js';
import { isRunningActivity } from '../plan/plan-queries.js';
import { clockWords } from '../rules/message-phrases.js';

/** PF030-PF038: the guide's return to running (action plan step 4). */
export class RunningValidator extends RuleFamily {
    override readonly owns = ['PF030', 'PF031', 'PF032', 'PF033', 'PF034', 'PF035', 'PF036', 'PF037', 'PF038'];
    protected override readonly profileId = 'plantar-fasciitis';

    checks(): ValidationChecks<RehabAstType> {
        return {
            Plan: [
                this.checkFirstRunningPhaseWaitsForMorningPain,
                this.checkFirstRunningPhaseWaitsForAWalkingTest,
                this.checkRunningTimeGrowsAtMostTenPercentAWeek,
                this.checkFirstRunningWeekUsesShortRuns,
                this.checkFirstRunningPhaseIsOnSoftGround
            ],
            Activity: [
                this.checkRunningLeavesARestDay,
                this.checkRunningWaitsForThreeMonths,
                this.checkNothingGoesUpAndDownHills,
                this.checkNoImpactInTheFirstWeekOfTreatment
            ],
            Phase: this.checkRunsOfAPhaseTogetherLeaveARestDay
        };
    }

    checkFirstRunningPhaseWaitsForMorningPain(plan: Plan, accept: ValidationAcceptor): void {
        const phase = this.runningPhasesOf(plan)[0];
        if (!phase) return;
        const max = this.limit(plan, 'runEntryFirstStepPain');
        const criteria = phase.members
            .filter(isEntry)
            .flatMap(e => e.criteria)
            .filter(isFirstStepPainCriterion);
        const criterion = `first-step pain at most ${formatNumber(max)}/10`;
        if (criteria.length === 0) {
            this.report(accept, 'PF030', {
                node: phase,
                property: 'name',
                args: { phase: phase.name },
                fix: addEntryCriterion(phase, criterion)
            });
            return;
        }
        // Criteria are joined by `and`: the strictest one is what holds the phase back, so it is the one judged.
        const judged = criteria.filter(c => c.limit?.value !== undefined && c.limit.scale === 10);
        const strictest = judged.reduce<(typeof judged)[number] | undefined>(
            (best, c) => (!best || c.limit.value < best.limit.value ? c : best),
            undefined
        );
        if (strictest && strictest.limit.value > max) {
            this.report(accept, 'PF031', {
                node: strictest,
                property: 'limit',
                args: { limit: formatNumber(strictest.limit.value) },
                fix: replaceWith(strictest.limit, `${formatNumber(max)}/10`)
            });
        }
    }

    checkFirstRunningPhaseWaitsForAWalkingTest(plan: Plan, accept: ValidationAcceptor): void {
        const phase = this.runningPhasesOf(plan)[0];
        if (!phase) return;
        const walks = phase.members
            .filter(isEntry)
            .flatMap(e => e.criteria)
            .filter(isWalkCriterion);
        const min = this.limit(plan, 'runEntryWalkMinutes');
        if (walks.length === 0) {
            this.report(accept, 'PF032', { node: phase, property: 'name', args: { phase: phase.name } });
            return;
        }
        // Several walking tests: the longest is the one the patient must pass.
        const longest = walks.reduce((a, b) => ((toMinutes(b.duration) ?? 0) > (toMinutes(a.duration) ?? 0) ? b : a));
        const minutes = toMinutes(longest.duration);
        if (minutes !== undefined && minutes < min - GROWTH_TOLERANCE) {
            this.report(accept, 'PF032', {
                node: longest,
                property: 'duration',
                variant: 'short',
                args: { minutes: formatPrecise(minutes) }
            });
        }
    }

    checkRunningTimeGrowsAtMostTenPercentAWeek(plan: Plan, accept: ValidationAcceptor): void {
        const context = this.contextOf(plan);
        if (!context) return;
        const warn = this.limit(plan, 'runGrowthWarnPercent') / 100,
            error = this.limit(plan, 'runGrowthErrorPercent') / 100;
        const window = { weeks: this.limit(plan, 'runGrowthWindowWeeks'), restartGap: this.limit(plan, 'runRestartGapWeeks') };
        // One diagnostic per cause, as severe as its worst week: a +25 % rule is one mistake, not 26.
        for (const cause of findGrowthCauses(context.schedule, warn, GROWTH_TOLERANCE, window)) {
            const { growth, to, before, after } = cause.worst;
            this.report(accept, 'PF033', {
                node: cause.node,
                property: cause.progression ? undefined : 'exercise',
                variant: growth > error + GROWTH_TOLERANCE ? 'high' : undefined,
                args: {
                    growth: growthText(growth),
                    to,
                    basis: basisWords(cause.worst, window.weeks),
                    before: formatNumber(before),
                    after: formatNumber(after)
                },
                fix: cause.fix(this.limit(plan, 'runGrowthWarnPercent'))
            });
        }
    }

    checkFirstRunningWeekUsesShortRuns(plan: Plan, accept: ValidationAcceptor): void {
        const schedule = this.contextOf(plan)?.schedule;
        // Only the plan's first week of running: a restart after a break follows weeks of running already.
        const first = schedule?.weeks.find(w => w.runMinutes > 0);
        if (!first) return;
        const max = this.limit(plan, 'firstRunWeekMaxSessionMinutes') + GROWTH_TOLERANCE;
        for (const a of first.activities) {
            const minutes = a.runMinutesPerSession;
            if (a.kind === 'running' && minutes !== undefined && minutes > max) {
                const fix = a.activity.dose ? replaceWith(a.activity.dose, '10 x (1 min run + 2 min walk)') : undefined;
                this.report(accept, 'PF035', { node: a.activity, property: 'dose', args: { minutes: formatPrecise(minutes) }, fix });
            }
        }
    }

    checkFirstRunningPhaseIsOnSoftGround(plan: Plan, accept: ValidationAcceptor): void {
        const phase = this.runningPhasesOf(plan)[0];
        for (const activity of phase?.members.filter(isRunningActivity) ?? []) {
            if (activity.surface === 'hard-surface') {
                const fix = replaceSurface(activity, 'soft-surface');
                this.report(accept, 'PF036', { node: activity, property: 'surface', args: { surface: activity.surface }, fix });
            }
        }
    }

    /** PF036 (v2): hills in any phase, for any activity ("Vær varsom med lang nedstigning og bakker"). */
    checkNothingGoesUpAndDownHills(activity: Activity, accept: ValidationAcceptor): void {
        if (activity.surface !== 'hills') return;
        const fix = replaceSurface(activity, 'soft-surface');
        this.report(accept, 'PF036', {
            node: activity,
            property: 'surface',
            variant: 'hills',
            args: { surface: 'hills', exercise: exerciseLabel(activity) },
            fix
        });
    }

    /** PF038: no running or jumping in the first week of treatment (the guide's first 3-7 days). */
    checkNoImpactInTheFirstWeekOfTreatment(activity: Activity, accept: ValidationAcceptor): void {
        const kind = activityKind(activity);
        if (kind !== 'running' && kind !== 'jumping') return;
        const phase = activity.$container;
        const context = this.contextOf(activity);
        if (!context || phase.from === undefined) return;
        const until = this.limit(activity, 'noImpactUntilTreatmentWeek');
        const treatmentWeek = clockWeek(context.clocks, 'treatment', Math.max(1, phase.from));
        if (treatmentWeek <= until)
            this.report(accept, 'PF038', { node: activity, property: 'exercise', args: { exercise: exerciseLabel(activity) } });
    }

    checkRunningLeavesARestDay(activity: Activity, accept: ValidationAcceptor): void {
        if (activityKind(activity) !== 'running') return;
        const sessions = sessionsPerWeekMax(activity.frequency);
        const tooOften = sessions !== undefined && sessions > this.limit(activity, 'runningMaxSessionsPerWeek') + GROWTH_TOLERANCE;
        const zeroRest = activity.rests.find(r => r.days === 0);
        if (!tooOften && !zeroRest) return;
        this.report(accept, 'PF034', {
            node: tooOften ? activity : zeroRest!,
            property: tooOften ? 'frequency' : 'days',
            variant: tooOften ? undefined : 'no-rest',
            args: { sessions: formatNumber(sessions ?? 0) },
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
        const limit = this.limit(phase, 'runningMaxSessionsPerWeek') + GROWTH_TOLERANCE;
        const each = runs.map(a => sessionsPerWeekMax(a.frequency) ?? 1);
        const total = each.reduce((sum, n) => sum + n, 0);
        // An activity that is too often on its own is reported by checkRunningLeavesARestDay already.
        if (total <= limit || each.some(n => n > limit)) return;
        this.report(accept, 'PF034', { node: runs[runs.length - 1], property: 'frequency', args: { sessions: formatNumber(total) } });
    }

    checkRunningWaitsForThreeMonths(activity: Activity, accept: ValidationAcceptor): void {
        if (activityKind(activity) !== 'running') return;
        // One note per running activity that starts early, where the clinician would move it.
        const week = activity.$container.from;
        const context = this.contextOf(activity);
        if (week === undefined || !context) return;
        const treatmentWeek = clockWeek(context.clocks, 'treatment', week);
        if (treatmentWeek < this.limit(activity, 'runningFromWeek')) {
            this.report(accept, 'PF037', {
                node: activity,
                property: 'exercise',
                variant: context.hasHistory ? undefined : 'no-history',
                args: { when: clockWords(week, treatmentWeek, 'treatment') }
            });
        }
    }
}

interface GrowthStep {
    growth: number;
    from: number;
    to: number;
    before: number;
    after: number;
    restart: boolean;
}
interface GrowthCause {
    node: Activity | Progression;
    progression?: Progression;
    worst: GrowthStep;
    fix(percent: number): QuickFix | undefined;
}
interface GrowthWindow {
    weeks: number;
    restartGap: number;
}

/**
 * The weeks whose total running time grows more than `limit` (a fraction) over the highest total of the
 * `window.weeks` weeks before (a lighter recovery week does not make the way back an error); after
 * `window.restartGap` or more weeks without running, over the highest of the last weeks that had running
 * (a restart is judged, not treated as new). Grouped by what causes each: the progression that stepped up, or
 * else the activity that added the most running. One cause is one diagnostic, however many weeks it affects.
 */
function findGrowthCauses(schedule: Schedule, limit: number, tolerance: number, window: GrowthWindow): GrowthCause[] {
    const causes = new Map<Activity | Progression, GrowthCause>();
    const ran: ScheduleWeek[] = [];
    for (let i = 0; i < schedule.weeks.length; i++) {
        const cur = schedule.weeks[i];
        const basis = growthBasis(schedule.weeks, i, ran, window);
        if (cur.runMinutes > 0) ran.push(cur);
        // Growth from nothing is the first week of running: PF035 judges that, not a percentage.
        if (!basis || !(basis.runMinutes > 0)) continue;
        const growth = (cur.runMinutes - basis.runMinutes) / basis.runMinutes;
        if (!(growth > limit + tolerance)) continue;
        const prev = schedule.weeks[i - 1];
        // The activity that added the most running minutes is the cause; smaller co-increases ride along.
        const activity = largestIncrease(prev, cur) ?? largestIncrease(basis, cur);
        if (!activity) continue;
        const progression = steppedProgression(
            activity,
            prev.week,
            cur.week,
            prev.activities.some(a => a.activity === activity)
        );
        const node = progression ?? activity;
        const step: GrowthStep = {
            growth,
            from: basis.week,
            to: cur.week,
            before: basis.runMinutes,
            after: cur.runMinutes,
            restart: basis.restart
        };
        const known = causes.get(node);
        if (!known)
            causes.set(node, {
                node,
                progression,
                worst: step,
                fix: percent => (progression ? setProgressionStep(progression, percent) : undefined)
            });
        // The worst week, and among equal ones (a fixed percentage, equal up to rounding) the first.
        else if (growth > known.worst.growth + tolerance) known.worst = step;
    }
    return [...causes.values()];
}

/**
 * The week a week's running is compared with: the highest of the window before it (the latest among equals), or,
 * after a break, the highest of the last weeks that ran.
 */
function growthBasis(
    weeks: ScheduleWeek[],
    i: number,
    ran: ScheduleWeek[],
    window: GrowthWindow
): { week: number; runMinutes: number; restart: boolean; activities: ScheduleWeek['activities'] } | undefined {
    const highest = (list: ScheduleWeek[]) =>
        list.reduce<ScheduleWeek | undefined>((best, w) => (!best || w.runMinutes >= best.runMinutes ? w : best), undefined);
    const lastRun = ran[ran.length - 1];
    if (!lastRun) return undefined;
    const restart = weeks[i].week - lastRun.week - 1 >= window.restartGap;
    const basis = restart ? highest(ran.slice(-window.weeks)) : highest(weeks.slice(Math.max(0, i - window.weeks), i));
    return basis && { week: basis.week, runMinutes: basis.runMinutes, activities: basis.activities, restart };
}

/** "10.04": a growth just over a limit keeps the decimals that show it is over. */
function growthText(growth: number): string {
    const percent = growth * 100;
    const text = formatPrecise(percent);
    // 10.004 % must not read as 10 %, the limit it breaks.
    if (Number(text) === Math.round(percent) && Math.abs(percent - Math.round(percent)) > 1e-9)
        return String(Number(percent.toPrecision(12)));
    return text;
}

function basisWords(step: GrowthStep, window: number): Localized {
    const { from, to } = step;
    if (step.restart) return { en: `week ${from}, the highest before the break`, da: `uge ${from}, den højeste før pausen` };
    if (from === to - 1) return { en: `week ${from}`, da: `uge ${from}` };
    return {
        en: `week ${from}, the highest of the ${window} weeks before`,
        da: `uge ${from}, den højeste af de ${window} foregående uger`
    };
}

function largestIncrease(prev: Pick<ScheduleWeek, 'activities'>, cur: ScheduleWeek): Activity | undefined {
    const before = new Map(prev.activities.map(a => [a.activity, a.runMinutesPerWeek] as const));
    let best: Activity | undefined,
        bestIncrease = 0;
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
    return activity.progressions.find(
        p =>
            p.sign === '+' &&
            (p.target === 'run-time' || p.target === 'duration') &&
            progressionSteps(p, curWeek - start) > progressionSteps(p, prevWeek - start)
    );
}
