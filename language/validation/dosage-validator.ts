import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Activity, Plan, Progression, RehabAstType } from '../generated/ast.js';
import { isActivity, isDuration, isSetsHold, isSetsReps } from '../generated/ast.js';
import { replaceWith, setProgressionInterval } from '../fixes/plan-fixes.js';
import type { QuickFix } from '../fixes/text-edits.js';
import { formatNumber, formatPrecise, sessionsPerDay, sessionsPerWeek, toMinutes, toSeconds } from '../schedule/quantities.js';
import { doseInWeek, phaseEnd, phasesOf } from '../schedule/schedule.js';
import { doseText } from '../words/rehab-source.js';
import { exerciseName, kindOf } from './running-validator.js';
import { RuleFamily } from './rule-family.js';

/** PF020-PF025: the guide's doses for ice, stretches and strength work. */
export class DosageValidator extends RuleFamily {
    protected override readonly profileId = 'plantar-fasciitis';

    checks(): ValidationChecks<RehabAstType> {
        return {
            Activity: [
                this.checkIceIsTenToFifteenMinutesUpToThreeTimesDaily,
                this.checkStretchIsHeldTwentyToThirtySeconds,
                this.checkStrengthLeavesARestDay,
                this.checkHeelRaiseIsSlow
            ],
            Plan: this.checkHeelRaiseStartsAtThreeSetsOfEightToTwelve,
            Progression: this.checkStrengthProgressesEveryTwoWeeksAtMost
        };
    }

    checkIceIsTenToFifteenMinutesUpToThreeTimesDaily(activity: Activity, accept: ValidationAcceptor): void {
        if (exerciseName(activity) !== 'ice') return;
        const tolerance = this.limit(activity, 'growthTolerance');
        const amount = isDuration(activity.dose) ? activity.dose.amount : undefined;
        // A progression can carry the ice past the limit in a later week: judge the longest week.
        const phase = activity.$container;
        const longest = amount && phase?.from !== undefined ? doseInWeek(activity, phase, Math.max(0, phaseEnd(phase) - phase.from)).minutes : undefined;
        const minutes = Math.max(toMinutes(amount) ?? -Infinity, longest ?? -Infinity);
        const start = toMinutes(amount);
        const perDay = sessionsPerDay(activity.frequency);
        const maxMinutes = this.limit(activity, 'iceMaxMinutes'), maxPerDay = this.limit(activity, 'iceMaxPerDay');
        const tooLong = start !== undefined && minutes > maxMinutes + tolerance;
        const tooOften = perDay !== undefined && perDay > maxPerDay + tolerance;
        const args = { minutes: start === undefined ? '?' : formatPrecise(minutes), times: perDay === undefined ? '?' : formatPrecise(perDay) };
        if (tooLong || tooOften) {
            const grown = tooLong && start !== undefined && start <= maxMinutes + tolerance;
            const edits = [
                ...(tooLong && !grown ? replaceWith(amount, `${formatNumber(maxMinutes)} min`).edits : []),
                ...(tooOften ? replaceWith(activity.frequency, `${formatNumber(maxPerDay)} times daily`).edits : [])
            ];
            const fix: QuickFix | undefined = edits.length > 0 ? { title: `Cap ice at ${formatNumber(maxMinutes)} min, ${formatNumber(maxPerDay)} times daily`, edits } : undefined;
            const grownBy = grown ? activity.progressions.find(p => p.target === 'duration') : undefined;
            this.report(accept, 'PF020', grownBy ? { node: grownBy, args } : { node: activity, property: tooLong ? 'dose' : 'frequency', args, fix });
        }
        // Too short and too often are separate findings: both are said.
        if (start !== undefined && start > 0 && start < this.limit(activity, 'iceMinMinutes') - tolerance) {
            this.report(accept, 'PF020', { node: activity, property: 'dose', variant: 'short', args: { ...args, minutes: formatNumber(start) } });
        }
    }

    checkStretchIsHeldTwentyToThirtySeconds(activity: Activity, accept: ValidationAcceptor): void {
        if (kindOf(activity) !== 'stretch') return;
        const dose = activity.dose;
        // `do calf-stretch 45 s` is one hold written without sets; a duration in minutes is a session, not a hold.
        const hold = isSetsHold(dose) ? dose.hold : isDuration(dose) && dose.amount?.unit === 's' ? dose.amount : undefined;
        if (!hold) return;
        const min = this.limit(activity, 'stretchHoldMinSeconds'), max = this.limit(activity, 'stretchHoldMaxSeconds');
        const outside = (s: number | undefined) => s !== undefined && s > 0 && (s < min || s > max);
        const start = toSeconds(hold);
        if (outside(start)) {
            this.report(accept, 'PF021', { node: dose!, property: isSetsHold(dose) ? 'hold' : 'amount', args: { seconds: formatNumber(start!) } });
            return;
        }
        // A hold that starts right but is progressed past 30 s ends up outside the guide too.
        const phase = activity.$container;
        const week = doseInWeek(activity, phase, Math.max(0, phaseEnd(phase) - phase.from));
        // A hold written as a duration in seconds is progressed as a duration (kept in minutes).
        const last = isSetsHold(dose) ? week.holdSeconds : week.minutes !== undefined ? week.minutes * 60 : undefined;
        const progression = activity.progressions.find(p => p.target === (isSetsHold(dose) ? 'hold' : 'duration'));
        if (outside(last) && progression) this.report(accept, 'PF021', { node: progression, args: { seconds: formatNumber(last!) } });
    }

    checkStrengthLeavesARestDay(activity: Activity, accept: ValidationAcceptor): void {
        if (kindOf(activity) !== 'strength') return;
        const sessions = sessionsPerWeek(activity.frequency);
        if (sessions === undefined || sessions <= this.limit(activity, 'strengthMaxSessionsPerWeek') + this.limit(activity, 'growthTolerance')) return;
        this.report(accept, 'PF022', {
            node: activity, property: 'frequency', args: { sessions: formatNumber(sessions) },
            fix: replaceWith(activity.frequency, 'every other day')
        });
    }

    checkHeelRaiseIsSlow(activity: Activity, accept: ValidationAcceptor): void {
        if (exerciseName(activity) !== 'heel-raise') return;
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
        const withHeelRaise = phasesOf(plan).filter(p => p.from !== undefined && p.members.some(m => isActivity(m) && exerciseName(m) === 'heel-raise'));
        if (withHeelRaise.length === 0) return;
        const first = Math.min(...withHeelRaise.map(p => p.from));
        const starting = withHeelRaise.filter(p => p.from === first)
            .flatMap(p => p.members.filter((m): m is Activity => isActivity(m) && exerciseName(m) === 'heel-raise'));
        for (const activity of starting) this.judgeHeelRaiseStart(activity, accept);
    }

    private judgeHeelRaiseStart(activity: Activity, accept: ValidationAcceptor): void {
        const dose = activity.dose;
        if (!isSetsReps(dose)) {
            this.report(accept, 'PF024', { node: dose ?? activity, property: dose ? undefined : 'exercise', variant: 'form', args: { dose: doseText(dose) ?? 'do heel-raise' } });
            return;
        }
        const { sets, reps } = dose;
        const inRange = sets === this.limit(activity, 'heelRaiseSets')
            && reps >= this.limit(activity, 'heelRaiseRepsMin') && reps <= this.limit(activity, 'heelRaiseRepsMax');
        if (!inRange) this.report(accept, 'PF024', { node: dose, args: { sets: formatNumber(sets), reps: formatNumber(reps) } });
    }

    checkStrengthProgressesEveryTwoWeeksAtMost(p: Progression, accept: ValidationAcceptor): void {
        if (p.sign !== '+' || kindOf(p.$container) !== 'strength') return;
        const weeks = p.weeks ?? 1;
        const min = this.limit(p, 'strengthProgressionMinWeeks');
        if (weeks >= min) return;
        this.report(accept, 'PF025', { node: p, args: { weeks: formatNumber(weeks) }, fix: setProgressionInterval(p, min) });
    }
}
