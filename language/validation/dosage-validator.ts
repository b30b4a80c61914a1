import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Activity, Plan, Quantity, RehabAstType } from '../generated/ast.js';
import { isActivity, isDuration, isSetsHold, isSetsReps } from '../generated/ast.js';
import { replaceSurface, replaceWith, setProgressionInterval } from '../fixes/plan-fixes.js';
import type { QuickFix } from '../fixes/text-edits.js';
import {
    formatNumber,
    formatPrecise,
    sessionsPerDayMax,
    sessionsPerWeekMax,
    toMinutes,
    toMinutesMax,
    toSeconds,
    toSecondsMax
} from '../schedule/quantities.js';
import { phasesOf, type ActivityWeek } from '../schedule/schedule.js';
import { exerciseLabel, strengthRises } from '../schedule/dose-steps.js';
import { activityBuiltin } from '../plan/plan-queries.js';
import { doseText } from '../words/rehab-source.js';
import { RuleFamily } from './rule-family.js';
import { GROWTH_TOLERANCE } from '../rules/tolerance.js';
import { activityKind } from '../plan/plan-queries.js';

/** PF020-PF025: the guide's doses for ice, stretches and strength work. */
export class DosageValidator extends RuleFamily {
    override readonly owns = ['PF020', 'PF021', 'PF022', 'PF023', 'PF024', 'PF025', 'PF026', 'PF027'];
    protected override readonly profileId = 'plantar-fasciitis';

    checks(): ValidationChecks<RehabAstType> {
        return {
            Plan: [
                this.checkHeelRaiseStartsAtThreeSetsOfEightToTwelve,
                this.checkStrengthGetsHarderEveryTwoWeeksAtMost,
                this.checkWalkingDoesNotDoubleInAWeek
            ],
            Activity: [
                this.checkIceIsTenToFifteenMinutesUpToThreeTimesDaily,
                this.checkStretchIsHeldTwentyToThirtySeconds,
                this.checkStrengthLeavesARestDay,
                this.checkHeelRaiseIsSlow,
                this.checkNothingIsDoneBarefootOnAHardFloor
            ]
        };
    }

    checkIceIsTenToFifteenMinutesUpToThreeTimesDaily(activity: Activity, accept: ValidationAcceptor): void {
        if (activityBuiltin(activity) !== 'ice') return;
        const amount = isDuration(activity.dose) ? activity.dose.amount : undefined;
        // A progression can carry the ice past the limit in a later week (or under it): judge the extreme weeks.
        const weeks = amount ? (this.contextOf(activity)?.weeksOf(activity) ?? []) : [];
        const longest = extreme(weeks, w => w.minutesMax, Math.max);
        // An upper limit reads the upper end of a range (`10-15 min`, `1-3 times daily`), a lower limit the lower end.
        const minutes = Math.max(toMinutesMax(amount) ?? -Infinity, longest ?? -Infinity);
        const start = toMinutes(amount);
        const perDay = sessionsPerDayMax(activity.frequency);
        const maxMinutes = this.limit(activity, 'iceMaxMinutes'),
            maxPerDay = this.limit(activity, 'iceMaxPerDay');
        const tooLong = start !== undefined && minutes > maxMinutes + GROWTH_TOLERANCE;
        const tooOften = perDay !== undefined && perDay > maxPerDay + GROWTH_TOLERANCE;
        const args = {
            minutes: start === undefined ? '?' : tooLongText(minutes, amount),
            times: perDay === undefined ? '?' : formatPrecise(perDay)
        };
        if (tooLong || tooOften) {
            // Grown by a progression when the dose as written (its upper end) is inside the limit.
            const written = toMinutesMax(amount);
            const grown = tooLong && written !== undefined && written <= maxMinutes + GROWTH_TOLERANCE;
            // A range keeps its lower end when that is inside the cap (`10-20 min` → `10-15 min`).
            const capped =
                start !== undefined && amount?.valueTo !== undefined && start < maxMinutes - GROWTH_TOLERANCE
                    ? `${formatNumber(start)}-${formatNumber(maxMinutes)} min`
                    : `${formatNumber(maxMinutes)} min`;
            const edits = [
                ...(tooLong && !grown ? replaceWith(amount, capped).edits : []),
                ...(tooOften ? replaceWith(activity.frequency, `${formatNumber(maxPerDay)} times daily`).edits : [])
            ];
            const titleArgs = { minutes: formatNumber(maxMinutes), times: formatNumber(maxPerDay) };
            const fix: QuickFix | undefined = edits.length > 0 ? { title: 'Cap ice', edits, titleArgs } : undefined;
            const grownBy = grown ? activity.progressions.find(p => p.target === 'duration') : undefined;
            this.report(
                accept,
                'PF020',
                grownBy ? { node: grownBy, args } : { node: activity, property: tooLong ? 'dose' : 'frequency', args, fix }
            );
        }
        // Too short and too often are separate findings: both are said. A progression that shortens the ice is judged
        // at its shortest week, on the lower end.
        const shortest = extreme(weeks, w => w.minutes, Math.min);
        const min = this.limit(activity, 'iceMinMinutes') - GROWTH_TOLERANCE;
        if (start !== undefined && start > 0 && start < min) {
            this.report(accept, 'PF020', {
                node: activity,
                property: 'dose',
                variant: 'short',
                args: { ...args, minutes: formatNumber(start) }
            });
        } else if (shortest !== undefined && shortest > 0 && shortest < min) {
            const shortenedBy = activity.progressions.find(p => p.target === 'duration' && p.sign === '-');
            this.report(accept, 'PF020', {
                node: shortenedBy ?? activity,
                variant: 'short',
                args: { ...args, minutes: formatPrecise(shortest) }
            });
        }
    }

    checkStretchIsHeldTwentyToThirtySeconds(activity: Activity, accept: ValidationAcceptor): void {
        if (activityKind(activity) !== 'stretch') return;
        const dose = activity.dose;
        // `do calf-stretch 45 s` is one hold written without sets; a duration in minutes is a session, not a hold.
        const hold = isSetsHold(dose) ? dose.hold : isDuration(dose) && dose.amount?.unit === 's' ? dose.amount : undefined;
        if (!hold) return;
        const min = this.limit(activity, 'stretchHoldMinSeconds'),
            max = this.limit(activity, 'stretchHoldMaxSeconds');
        const outside = (s: number | undefined) => s !== undefined && s > 0 && (s < min || s > max);
        // A range `20-30 s` is judged at both ends: the lower against 20 s, the upper against 30 s.
        const low = toSeconds(hold),
            high = toSecondsMax(hold);
        const start = low !== undefined && low > 0 && low < min ? low : high;
        if (outside(start)) {
            this.report(accept, 'PF021', {
                node: dose!,
                property: isSetsHold(dose) ? 'hold' : 'amount',
                args: { seconds: formatNumber(start!) }
            });
            return;
        }
        // A hold that starts right but is progressed past 30 s, or under 20 s, ends up outside the guide too: the upper
        // end is judged at its longest week, the lower end at its shortest.
        const progression = activity.progressions.find(p => p.target === (isSetsHold(dose) ? 'hold' : 'duration'));
        if (!progression) return;
        const weeks = this.contextOf(activity)?.weeksOf(activity) ?? [];
        // A hold written as a duration in seconds is progressed as a duration (kept in minutes).
        const held = isSetsHold(dose);
        const inSeconds = (minutes: number | undefined) => (minutes === undefined ? undefined : minutes * 60);
        const longest = extreme(weeks, w => (held ? w.holdSecondsMax : inSeconds(w.minutesMax)), Math.max);
        const shortest = extreme(weeks, w => (held ? w.holdSeconds : inSeconds(w.minutes)), Math.min);
        const judged = shortest !== undefined && shortest < min ? shortest : longest;
        if (outside(judged)) this.report(accept, 'PF021', { node: progression, args: { seconds: formatNumber(judged!) } });
    }

    checkStrengthLeavesARestDay(activity: Activity, accept: ValidationAcceptor): void {
        if (activityKind(activity) !== 'strength') return;
        const sessions = sessionsPerWeekMax(activity.frequency);
        if (sessions === undefined || sessions <= this.limit(activity, 'strengthMaxSessionsPerWeek') + GROWTH_TOLERANCE) return;
        this.report(accept, 'PF022', {
            node: activity,
            property: 'frequency',
            args: { sessions: formatNumber(sessions) },
            fix: replaceWith(activity.frequency, 'every other day')
        });
    }

    checkHeelRaiseIsSlow(activity: Activity, accept: ValidationAcceptor): void {
        if (activityBuiltin(activity) !== 'heel-raise') return;
        const dose = activity.dose;
        const tempo = this.limit(activity, 'heelRaiseTempoSeconds');
        // Any dose without `tempo` (a hold, minutes, none) lacks the guide's 3 s up / 3 s down.
        if (isSetsReps(dose) && dose.up !== undefined && dose.down !== undefined && dose.up >= tempo && dose.down >= tempo) return;
        this.report(accept, 'PF023', { node: dose ?? activity, property: dose ? undefined : 'exercise' });
    }

    /**
     * "Starts": judged in the phase where heel raises first appear. Later phases progress them past 12 reps
     * or add load, as the guide's "øg sværhedsgrad hver 2. uge" asks.
     */
    checkHeelRaiseStartsAtThreeSetsOfEightToTwelve(plan: Plan, accept: ValidationAcceptor): void {
        const withHeelRaise = phasesOf(plan).filter(
            p => p.from !== undefined && p.members.some(m => isActivity(m) && activityBuiltin(m) === 'heel-raise')
        );
        if (withHeelRaise.length === 0) return;
        const first = Math.min(...withHeelRaise.map(p => p.from));
        const starting = withHeelRaise
            .filter(p => p.from === first)
            .flatMap(p => p.members.filter((m): m is Activity => isActivity(m) && activityBuiltin(m) === 'heel-raise'));
        for (const activity of starting) this.judgeHeelRaiseStart(activity, accept);
    }

    private judgeHeelRaiseStart(activity: Activity, accept: ValidationAcceptor): void {
        const dose = activity.dose;
        if (!isSetsReps(dose)) {
            this.report(accept, 'PF024', {
                node: dose ?? activity,
                property: dose ? undefined : 'exercise',
                variant: 'form',
                args: { dose: doseText(dose) ?? 'do heel-raise' }
            });
            return;
        }
        const { sets, reps } = dose;
        const repsMax = dose.repsTo ?? reps;
        const inRange =
            sets === this.limit(activity, 'heelRaiseSets') &&
            reps >= this.limit(activity, 'heelRaiseRepsMin') &&
            repsMax <= this.limit(activity, 'heelRaiseRepsMax');
        const written = dose.repsTo !== undefined ? `${formatNumber(reps)}-${formatNumber(repsMax)}` : formatNumber(reps);
        if (!inRange) this.report(accept, 'PF024', { node: dose, args: { sets: formatNumber(sets), reps: written } });
    }

    /**
     * Judged on the schedule (RULES.md PF025, v2): two rises of one strength exercise less than 2 weeks apart,
     * a step at a phase boundary included. One finding per cause (the progression or the activity of the second rise).
     */
    checkStrengthGetsHarderEveryTwoWeeksAtMost(plan: Plan, accept: ValidationAcceptor): void {
        const schedule = this.contextOf(plan)?.schedule;
        if (!schedule) return;
        const min = this.limit(plan, 'strengthProgressionMinWeeks');
        const reported = new Set<unknown>();
        for (const rises of strengthRises(schedule).values()) {
            for (let i = 1; i < rises.length; i++) {
                const first = rises[i - 1],
                    second = rises[i];
                if (second.week - first.week >= min) continue;
                // Where the second rise happens: its progression, or the activity that starts higher at a phase boundary.
                const node = second.progression ?? second.activity;
                if (reported.has(node)) continue;
                reported.add(node);
                const progression = second.progression ?? first.progression;
                // The fix slows a progression that steps too often; one that already waits 2 weeks is not the cause.
                const slowable = progression && (progression.weeks ?? 1) < min ? progression : undefined;
                this.report(accept, 'PF025', {
                    node,
                    property: second.progression ? undefined : 'exercise',
                    args: { exercise: exerciseLabel(second.activity), first: first.week, second: second.week },
                    fix: slowable ? setProgressionInterval(slowable, min) : undefined
                });
            }
        }
    }

    /** PF026: walking minutes a week (walk and its variants, not the walking inside walk-run) doubling in a week. */
    checkWalkingDoesNotDoubleInAWeek(plan: Plan, accept: ValidationAcceptor): void {
        const schedule = this.contextOf(plan)?.schedule;
        if (!schedule) return;
        const factor = this.limit(plan, 'walkingGrowthFactor');
        const walking = schedule.weeks.map(w =>
            w.activities
                .filter(a => activityBuiltin(a.activity) === 'walk')
                .reduce((sum, a) => sum + (a.minutesMax ?? 0) * a.sessionsPerWeekMax, 0)
        );
        const reported = new Set<Activity>();
        for (let i = 1; i < walking.length; i++) {
            const before = walking[i - 1],
                after = walking[i];
            if (!(before > 0) || after < before * factor - GROWTH_TOLERANCE) continue;
            const week = schedule.weeks[i];
            const cause = largestWalkIncrease(schedule.weeks[i - 1].activities, week.activities);
            if (!cause || reported.has(cause)) continue;
            reported.add(cause);
            this.report(accept, 'PF026', {
                node: cause,
                property: 'dose',
                args: { before: formatNumber(before), after: formatNumber(after), from: week.week - 1, to: week.week }
            });
        }
    }

    checkNothingIsDoneBarefootOnAHardFloor(activity: Activity, accept: ValidationAcceptor): void {
        if (activity.surface !== 'barefoot-hard-floor') return;
        this.report(accept, 'PF027', {
            node: activity,
            property: 'surface',
            args: { exercise: exerciseLabel(activity) },
            fix: replaceSurface(activity, 'soft-surface')
        });
    }
}

function largestWalkIncrease(before: ActivityWeek[], now: ActivityWeek[]): Activity | undefined {
    let best: Activity | undefined,
        bestIncrease = 0;
    for (const a of now) {
        if (activityBuiltin(a.activity) !== 'walk') continue;
        const prev = before.find(b => b.activity === a.activity);
        const increase = (a.minutesMax ?? 0) * a.sessionsPerWeekMax - (prev ? (prev.minutesMax ?? 0) * prev.sessionsPerWeekMax : 0);
        if (increase > bestIncrease) {
            best = a.activity;
            bestIncrease = increase;
        }
    }
    return best;
}

/** The longest ice, with the range it was written as when it is the written dose. */
function tooLongText(minutes: number, amount: Quantity | undefined): string {
    if (amount?.valueTo !== undefined && toMinutesMax(amount) === minutes)
        return `${formatNumber(toMinutes(amount) ?? 0)}-${formatPrecise(minutes)}`;
    return formatPrecise(minutes);
}

/** The lowest or highest value over an activity's weeks, ignoring weeks a progression ran down to 0. */
function extreme(
    weeks: readonly ActivityWeek[],
    value: (w: ActivityWeek) => number | undefined,
    pick: (a: number, b: number) => number
): number | undefined {
    let result: number | undefined;
    for (const w of weeks) {
        const v = value(w);
        if (v !== undefined && v > 0) result = result === undefined ? v : pick(result, v);
    }
    return result;
}
