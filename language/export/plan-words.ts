import type { Dose, EntryCriterion, Exercise, Frequency, Phase, Plan, Quantity, StopCondition } from '../generated/ast.js';
import {
    isActivityPainCriterion, isEveryNDays, isEveryOtherDay, isFirstStepPainCriterion, isFirstStepPainRises, isLanguageSetting,
    isNightPainSign, isPainAbove, isSwellingSign, isTimesPer, isWalkCriterion, isWeekCriterion
} from '../generated/ast.js';
import { phasesOf, type ActivityWeek } from '../schedule/schedule.js';
import { formatNumber } from '../schedule/quantities.js';
import { painText } from './rehab-text.js';

/* Patient-facing words of the exports, in the plan's language (`language en | da`). */

export type Language = 'en' | 'da';

export function planLanguage(plan: Plan | undefined): Language {
    const code = plan?.members.find(isLanguageSetting)?.code;
    return code === 'da' ? 'da' : 'en';
}

/** Phases in week order (ties keep source order): the order every export lists them in. */
export function orderedPhases(plan: Plan): Phase[] {
    return phasesOf(plan).map((phase, i) => ({ phase, i })).sort((a, b) => (a.phase.from ?? 0) - (b.phase.from ?? 0) || a.i - b.i).map(x => x.phase);
}

const WORDS = {
    en: {
        reps: 'reps', hold: 'hold', run: 'run', walk: 'walk', week: 'week', or: 'or', and: 'and',
        daily: 'daily', weekly: 'weekly', times: 'times', everyOtherDay: 'every other day',
        everyNDays: (n: string) => `every ${n} days`,
        firstStepAtMost: (p: string) => `first-step pain is at most ${p}`,
        walkWithout: (q: string) => `you can walk ${q} without worsening`,
        activityPainAtMost: (p: string) => `pain during activity is at most ${p}`,
        notBeforeWeek: (w: string) => `it is week ${w} or later`,
        onceWeekly: 'once weekly',
        firstStepRises: 'first-step pain rises', firstStepRisesBy: (n: string) => `first-step pain rises ${n} points`,
        painAbove: (p: string) => `pain above ${p}`, swelling: 'swelling', nightPain: 'pain at night',
        stopIf: 'Stop and contact your therapist if', startWhen: 'Start when',
        units: { s: 's', min: 'min', h: 'h', kg: 'kg', km: 'km', '%': '%' } as Record<string, string>
    },
    da: {
        reps: 'gentagelser', hold: 'hold', run: 'løb', walk: 'gang', week: 'uge', or: 'eller', and: 'og',
        daily: 'dagligt', weekly: 'om ugen', times: 'gange', everyOtherDay: 'hver anden dag',
        everyNDays: (n: string) => `hver ${n}. dag`,
        firstStepAtMost: (p: string) => `smerten ved første skridt er højst ${p}`,
        walkWithout: (q: string) => `du kan gå ${q} uden forværring`,
        activityPainAtMost: (p: string) => `smerten under aktivitet er højst ${p}`,
        notBeforeWeek: (w: string) => `det er uge ${w} eller senere`,
        onceWeekly: '1 gang om ugen',
        firstStepRises: 'smerten ved første skridt stiger', firstStepRisesBy: (n: string) => `smerten ved første skridt stiger ${n} point`,
        painAbove: (p: string) => `smerte over ${p}`, swelling: 'hævelse', nightPain: 'natlige smerter',
        stopIf: 'Stop og kontakt din behandler, hvis', startWhen: 'Start, når',
        units: { s: 'sek.', min: 'min', h: 't', kg: 'kg', km: 'km', '%': '%' } as Record<string, string>
    }
};

export function words(lang: Language) {
    return WORDS[lang];
}

export function exerciseName(exercise: Exercise | undefined, lang: Language, fallback = '?'): string {
    if (!exercise) return fallback;
    if (lang === 'da' && exercise.titleDa) return exercise.titleDa;
    return exercise.title ?? exercise.name ?? fallback;
}

export function exerciseCue(exercise: Exercise | undefined, lang: Language): string | undefined {
    if (!exercise) return undefined;
    return lang === 'da' ? exercise.cueDa ?? exercise.cue : exercise.cue;
}

export function quantityWords(q: Quantity | undefined, lang: Language): string {
    if (!q || !Number.isFinite(q.value)) return '?';
    return `${formatNumber(q.value)} ${words(lang).units[q.unit] ?? q.unit}`;
}

export function criterionWords(c: EntryCriterion, lang: Language): string {
    const w = words(lang);
    if (isFirstStepPainCriterion(c)) return w.firstStepAtMost(painText(c.limit));
    if (isWalkCriterion(c)) return w.walkWithout(quantityWords(c.duration, lang));
    if (isActivityPainCriterion(c)) return w.activityPainAtMost(painText(c.limit));
    if (isWeekCriterion(c)) return w.notBeforeWeek(String(c.week ?? '?'));
    return '?';
}

export function stopConditionWords(c: StopCondition, lang: Language): string {
    const w = words(lang);
    if (isFirstStepPainRises(c)) return c.points !== undefined ? w.firstStepRisesBy(formatNumber(c.points)) : w.firstStepRises;
    if (isPainAbove(c)) return w.painAbove(painText(c.limit));
    if (isSwellingSign(c)) return w.swelling;
    if (isNightPainSign(c)) return w.nightPain;
    return '?';
}

export function frequencyWords(f: Frequency | undefined, lang: Language): string | undefined {
    if (!f) return undefined;
    const w = words(lang);
    if (isTimesPer(f)) {
        const count = f.count ?? (f.word === 'twice' ? 2 : f.word === 'once' ? 1 : undefined);
        const per = f.per === 'daily' ? w.daily : w.weekly;
        if (count === undefined || count === 1 && f.per === 'daily') return per;
        return count === 1 ? w.onceWeekly : `${formatNumber(count)} ${w.times} ${per}`;
    }
    if (isEveryOtherDay(f)) return w.everyOtherDay;
    if (isEveryNDays(f)) return w.everyNDays(formatNumber(f.days));
    return undefined;
}

/** One week's dose of an activity, after progression, e.g. `3 × 10 reps, tempo 3-0-3`. */
export function weekDoseWords(dose: ActivityWeek, lang: Language): string | undefined {
    const w = words(lang);
    const raw = dose.activity.dose;
    const parts: string[] = [];
    if (raw?.$type === 'SetsReps' && dose.sets !== undefined && dose.reps !== undefined) {
        parts.push(`${formatNumber(dose.sets)} × ${formatNumber(dose.reps)} ${w.reps}`);
        if (raw.up !== undefined) parts.push(`tempo ${raw.up}-${raw.pause ?? 0}-${raw.down ?? 0}`);
        if (dose.loadKg !== undefined) parts.push(`${formatNumber(dose.loadKg)} kg`);
    } else if (raw?.$type === 'SetsHold' && dose.sets !== undefined && dose.holdSeconds !== undefined) {
        parts.push(`${formatNumber(dose.sets)} × ${formatNumber(dose.holdSeconds)} ${w.units.s} ${w.hold}`);
    } else if (raw?.$type === 'Intervals' && raw.repeats > 0) {
        const run = (dose.runMinutesPerSession ?? 0) / raw.repeats, walk = (dose.walkMinutesPerSession ?? 0) / raw.repeats;
        parts.push(`${formatNumber(raw.repeats)} × (${formatNumber(run)} min ${w.run} + ${formatNumber(walk)} min ${w.walk})`);
    } else if (dose.minutes !== undefined) {
        parts.push(`${formatNumber(dose.minutes)} min`);
    }
    return parts.length > 0 ? parts.join(', ') : undefined;
}

const SURFACES: Record<Language, Record<string, string>> = {
    en: { 'soft-surface': 'soft surface', 'hard-surface': 'hard surface', treadmill: 'treadmill', hills: 'hills', 'barefoot-hard-floor': 'barefoot on a hard floor' },
    da: { 'soft-surface': 'blødt underlag', 'hard-surface': 'hårdt underlag', treadmill: 'løbebånd', hills: 'bakker', 'barefoot-hard-floor': 'barfodet på hårdt gulv' }
};

export function surfaceWords(surface: string, lang: Language): string {
    return SURFACES[lang][surface] ?? surface;
}

/** A dose as the plan wrote it (before progression), e.g. `3 × 8 reps, tempo 3-0-3`. */
export function doseWords(dose: Dose | undefined, lang: Language): string | undefined {
    if (!dose) return undefined;
    const w = words(lang);
    const n = (x: number | undefined) => x === undefined || !Number.isFinite(x) ? '?' : formatNumber(x);
    switch (dose.$type) {
        case 'SetsReps': return [`${n(dose.sets)} × ${n(dose.reps)} ${w.reps}`,
            dose.up !== undefined ? `tempo ${dose.up}-${dose.pause ?? 0}-${dose.down ?? 0}` : undefined,
            dose.load ? quantityWords(dose.load, lang) : undefined].filter(Boolean).join(', ');
        case 'SetsHold': return `${n(dose.sets)} × ${quantityWords(dose.hold, lang)} ${w.hold}`;
        case 'Intervals': return `${n(dose.repeats)} × (${quantityWords(dose.run, lang)} ${w.run} + ${quantityWords(dose.walk, lang)} ${w.walk})`;
        case 'Duration': return quantityWords(dose.amount, lang);
        case 'AtWeeks': return `${w.week} ${dose.weeks.map(n).join(', ')}`;
        default: return undefined;
    }
}
