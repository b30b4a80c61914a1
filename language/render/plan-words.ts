import type { Activity, Dose, EntryCriterion, Exercise, Frequency, LoadRule, Progression, Quantity, Rest, StopCondition } from '../generated/ast.js';
import {
    isActivityPainCriterion, isActivityPainLimit, isAtWeeks, isDuration, isEveryNDays, isEveryOtherDay, isFirstStepPainCriterion,
    isFirstStepPainLog, isFirstStepPainRises, isIntervals, isNightPainSign, isPainAbove, isPainSettles, isSetsHold, isSetsReps,
    isSwellingSign, isTimesPer, isWalkCriterion, isWeekCriterion
} from '../generated/ast.js';
import { formatNumber } from '../schedule/quantities.js';
import type { RenderLanguage, Words } from './dictionary.js';

// Plan constructs in the patient's words. Every function tolerates half-typed nodes (missing
// numbers, unresolved references) and returns plain text: escaping happens where it is placed.

export function num(n: number | undefined): string {
    return typeof n === 'number' && Number.isFinite(n) ? formatNumber(n) : '?';
}

export function quantity(q: Quantity | undefined): string {
    return q ? `${num(q.value)} ${q.unit ?? ''}`.trim() : '?';
}

export function exerciseName(exercise: Exercise | undefined, fallbackId: string | undefined, language: RenderLanguage, w: Words): string {
    if (!exercise) return w.unknownExercise(fallbackId ?? '?');
    const localized = language === 'da' ? exercise.titleDa ?? exercise.title : exercise.title;
    return localized ?? humanize(exercise.name ?? fallbackId ?? '?');
}

export function exerciseCue(exercise: Exercise | undefined, language: RenderLanguage): string | undefined {
    if (!exercise) return undefined;
    return language === 'da' ? exercise.cueDa ?? exercise.cue : exercise.cue;
}

/** The exercise an activity names, or undefined while the reference does not resolve. */
export function activityExercise(activity: Activity): Exercise | undefined {
    try {
        return activity.exercise?.ref;
    } catch {
        return undefined;
    }
}

export function humanize(id: string): string {
    return id.replace(/-/g, ' ');
}

export function doseText(dose: Dose | undefined, w: Words): string {
    if (!dose) return '';
    if (isSetsReps(dose)) {
        const parts = [w.sets(num(dose.sets), num(dose.reps))];
        if (dose.up !== undefined || dose.down !== undefined) parts.push(`(${w.tempo(num(dose.up), num(dose.pause), num(dose.down))})`);
        if (dose.load) parts.push(w.load(num(dose.load.value)));
        return parts.join(' ');
    }
    if (isSetsHold(dose)) return w.hold(num(dose.sets), dose.hold?.unit === 's' ? num(dose.hold.value) : quantity(dose.hold));
    if (isIntervals(dose)) return w.intervals(num(dose.repeats), num(dose.run?.value), num(dose.walk?.value));
    if (isDuration(dose)) return quantity(dose.amount);
    if (isAtWeeks(dose)) return w.atWeeks((dose.weeks ?? []).map(num).join(', '));
    return '';
}

export function frequencyText(f: Frequency | undefined, w: Words): string {
    if (!f) return '';
    if (isTimesPer(f)) {
        const count = f.count !== undefined ? num(f.count) : f.word === 'twice' ? '2' : f.word === 'once' ? '1' : undefined;
        if (count === undefined) return f.per === 'weekly' ? w.weekly : w.daily;
        return f.per === 'weekly' ? w.timesWeekly(count) : w.timesDaily(count);
    }
    if (isEveryOtherDay(f)) return w.everyOtherDay;
    if (isEveryNDays(f)) return w.everyNDays(num(f.days));
    return '';
}

export function progressionText(p: Progression, w: Words): string {
    const target = w.progressTargets[p.target] ?? p.target ?? '?';
    const unit = p.unit === '%' ? '%' : p.unit ? ` ${p.unit}` : '';
    const change = `${num(p.step)}${unit === '%' ? ' %' : unit}`;
    const every = p.weeks === undefined || p.weeks === 1 ? w.everyWeek : w.everyNWeeks(num(p.weeks));
    const until = p.limit !== undefined ? `${num(p.limit)}${p.limitUnit ? ` ${p.limitUnit}` : ''}` : undefined;
    const sign = p.sign === '-' ? '−' : '';
    return w.progress(target, sign + change, every, until);
}

export function restText(rest: Rest, w: Words): string {
    return w.restDays(num(rest.days));
}

export function stopConditionText(c: StopCondition, w: Words): string {
    if (isFirstStepPainRises(c)) return c.points !== undefined ? w.firstStepRisesPoints(num(c.points)) : w.firstStepRises;
    if (isPainAbove(c)) return w.painAbove(num(c.limit?.value));
    if (isSwellingSign(c)) return w.swelling;
    if (isNightPainSign(c)) return w.nightPain;
    return '';
}

export function loadRuleText(rule: LoadRule, w: Words): string {
    if (isActivityPainLimit(rule)) return w.painDuringActivity(num(rule.limit?.value));
    if (isPainSettles(rule)) return w.painSettles(quantity(rule.window));
    if (isFirstStepPainLog(rule)) return w.firstStepDaily;
    return '';
}

export function entryCriterionText(c: EntryCriterion, w: Words): string {
    if (isFirstStepPainCriterion(c)) return w.firstStepAtMost(num(c.limit?.value));
    if (isWalkCriterion(c)) return w.walkWithout(quantity(c.duration));
    if (isActivityPainCriterion(c)) return w.activityPainAtMost(num(c.limit?.value));
    if (isWeekCriterion(c)) return w.notBeforeWeek(num(c.week));
    return '';
}

/** An `avoid` item is a plain word: an exercise or surface name when it is one, else the word itself. */
export function avoidText(item: string, exercises: ReadonlyMap<string, Exercise>, language: RenderLanguage, w: Words): string {
    const exercise = exercises.get(item);
    if (exercise) return exerciseName(exercise, item, language, w);
    return w.surfaces[item] ?? w.avoidWords[item] ?? humanize(item);
}
