import type {
    Activity,
    EntryCriterion,
    Exercise,
    Frequency,
    LoadRule,
    Pain,
    Plan,
    Progression,
    Quantity,
    Rest,
    StopCondition
} from '../generated/ast.js';
import {
    isActivityPainCriterion,
    isActivityPainLimit,
    isEveryNDays,
    isEveryOtherDay,
    isFirstStepPainCriterion,
    isFirstStepPainLog,
    isFirstStepPainRises,
    isLanguageSetting,
    isNightPainSign,
    isPainAbove,
    isPainSettles,
    isSwellingSign,
    isTimesPer,
    isWalkCriterion,
    isWeekCriterion
} from '../generated/ast.js';
import { wordsFor, type Language } from './dictionary.js';
import { exerciseText } from '../plan/plan-queries.js';

// Plan constructs in the patient's words, shared by the handout, the exports and the editor so a
// construct reads the same everywhere. Every function tolerates half-typed nodes (missing numbers,
// unresolved references) and returns plain text: escaping happens where it is placed.

/** The plan's `language` line; an explicit override (a CLI option, a preview setting) wins. */
export function planLanguage(plan: Plan | undefined, override?: Language): Language {
    if (override === 'en' || override === 'da') return override;
    return plan?.members?.find(isLanguageSetting)?.code === 'da' ? 'da' : 'en';
}

/** `45 min`, `30 sek.`: the unit as the language abbreviates it. */
export function quantityWords(q: Quantity | undefined, language: Language): string {
    const w = wordsFor(language);
    if (!q) return '?';
    const value = q.valueTo !== undefined ? `${w.num(q.value)}-${w.num(q.valueTo)}` : w.num(q.value);
    return `${value} ${w.units[q.unit] ?? q.unit ?? ''}`.trim();
}

/** A pain score with its own scale (`3/10`), so a limit never reads against a scale it was not written on. */
export function painWords(p: Pain | undefined, language: Language): string {
    const w = wordsFor(language);
    return `${w.num(p?.value)}/${w.num(p?.scale ?? 10)}`;
}

export function humanize(id: string): string {
    return id.replace(/-/g, ' ');
}

/** The text in the wanted language, else in the other one: something the clinician wrote beats nothing. */
function localized(en: string | undefined, da: string | undefined, language: Language): string | undefined {
    return language === 'da' ? (da ?? en) : (en ?? da);
}

export function exerciseName(exercise: Exercise | undefined, fallbackId: string | undefined, language: Language): string {
    if (!exercise) return wordsFor(language).unknownExercise(fallbackId ?? '?');
    // A `like` variant without its own name shows its base's.
    const text = exerciseText(exercise);
    return localized(text.title, text.titleDa, language) ?? humanize(exercise.name ?? fallbackId ?? '?');
}

export function exerciseCue(exercise: Exercise | undefined, language: Language): string | undefined {
    if (!exercise) return undefined;
    const text = exerciseText(exercise);
    return localized(text.cue, text.cueDa, language);
}

/** The exercise an activity names, or undefined while the reference does not resolve. */
export function activityExercise(activity: Activity): Exercise | undefined {
    try {
        return activity.exercise?.ref;
    } catch {
        return undefined;
    }
}

export function frequencyWords(f: Frequency | undefined, language: Language): string {
    const w = wordsFor(language);
    if (isTimesPer(f)) {
        const count =
            f.count !== undefined
                ? `${w.num(f.count)}${f.countTo !== undefined ? `-${w.num(f.countTo)}` : ''}`
                : f.word === 'twice'
                  ? '2'
                  : f.word === 'once'
                    ? '1'
                    : undefined;
        if (count === undefined) return f.per === 'weekly' ? w.weekly : w.daily;
        return f.per === 'weekly' ? w.timesWeekly(count) : w.timesDaily(count);
    }
    if (isEveryOtherDay(f)) return w.everyOtherDay;
    if (isEveryNDays(f)) return w.everyNDays(w.num(f.days));
    return '';
}

export function surfaceWords(surface: string, language: Language): string {
    return wordsFor(language).surfaces[surface] ?? humanize(surface);
}

export function progressionWords(p: Progression, language: Language): string {
    const w = wordsFor(language);
    const target = w.progressTargets[p.target] ?? p.target ?? '?';
    const unit = p.unit === '%' ? ' %' : p.unit ? ` ${w.units[p.unit] ?? p.unit}` : '';
    const every = p.weeks === undefined || p.weeks === 1 ? w.everyWeek : w.everyNWeeks(w.num(p.weeks));
    const until = p.limit !== undefined ? `${w.num(p.limit)}${p.limitUnit ? ` ${w.units[p.limitUnit] ?? p.limitUnit}` : ''}` : undefined;
    const sign = p.sign === '-' ? '−' : '';
    return w.progress(target, `${sign}${w.num(p.step)}${unit}`, every, until);
}

export function restWords(rest: Rest, language: Language): string {
    const w = wordsFor(language);
    return w.restDays(w.num(rest.days));
}

export function stopConditionWords(c: StopCondition, language: Language): string {
    const w = wordsFor(language);
    if (isFirstStepPainRises(c)) return c.points !== undefined ? w.firstStepRisesPoints(w.num(c.points)) : w.firstStepRises;
    if (isPainAbove(c)) return w.painAbove(painWords(c.limit, language));
    if (isSwellingSign(c)) return w.swelling;
    if (isNightPainSign(c)) return w.nightPain;
    return '';
}

export function loadRuleWords(rule: LoadRule, language: Language): string {
    const w = wordsFor(language);
    if (isActivityPainLimit(rule)) return w.painDuringActivity(painWords(rule.limit, language));
    if (isPainSettles(rule)) return w.painSettles(quantityWords(rule.window, language));
    if (isFirstStepPainLog(rule)) return w.firstStepDaily;
    return '';
}

export function entryCriterionWords(c: EntryCriterion, language: Language): string {
    const w = wordsFor(language);
    if (isFirstStepPainCriterion(c)) return w.firstStepAtMost(painWords(c.limit, language));
    if (isWalkCriterion(c)) return w.walkWithout(quantityWords(c.duration, language));
    if (isActivityPainCriterion(c)) return w.activityPainAtMost(painWords(c.limit, language));
    if (isWeekCriterion(c)) return w.notBeforeWeek(w.num(c.week));
    return '';
}

/** An `avoid` item is a plain word: an exercise or surface name when it is one, else the word itself. */
export function avoidWords(item: string, exercises: ReadonlyMap<string, Exercise>, language: Language): string {
    const exercise = exercises.get(item);
    if (exercise) return exerciseName(exercise, item, language);
    const w = wordsFor(language);
    return w.surfaces[item] ?? w.avoidWords[item] ?? humanize(item);
}
