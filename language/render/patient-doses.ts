import type { Activity } from '../generated/ast.js';
import { isIntervals, isSetsHold, isSetsReps } from '../generated/ast.js';
import { dosesByActivity, type ActivityWeek, type Schedule } from '../schedule/schedule.js';
import { wordsFor, type Language, type Words } from '../words/dictionary.js';
import { quantityWords } from '../words/plan-words.js';
import { addDays, parseIsoDate, weekStart } from '../plan/dates.js';

/*
 * A week's dose as the patient reads it, from the schedule the rules checked: times in whole seconds and
 * minutes (`1 min 6 s`, never `1.1 min`), counts as whole repetitions. A value is never shown above the
 * checked one: a fraction of a second or of a repetition is dropped (rounded down), so the handout's week
 * table and the calendar, which both use these words, can only ever ask for the checked dose or a hair less.
 */

/** Tolerance for floating-point noise: 1.1 min × 60 is 66.00000000000001 s, and 0.7 × 3 may be 2.0999999. */
const EPSILON = 1e-6;

/** Whole units, rounded down (never above the checked value). */
export function wholeDown(n: number): number {
    return Math.floor(n + EPSILON);
}

/** Seconds as a patient reads them: `45 s`, `1 min 6 s`, `30 min`. */
export function durationWords(seconds: number, w: Words): string {
    const s = Math.max(0, wholeDown(seconds));
    if (s < 60) return `${s} ${w.units.s}`;
    const minutes = Math.floor(s / 60),
        rest = s % 60;
    return rest === 0 ? `${minutes} ${w.units.min}` : `${minutes} ${w.units.min} ${rest} ${w.units.s}`;
}

/** Both ends of a duration range, sharing the unit when both are whole minutes (`10-15 min`). */
function durationSpan(lower: number, upper: number | undefined, w: Words): string {
    if (upper === undefined || wholeDown(upper) === wholeDown(lower)) return durationWords(lower, w);
    const [a, b] = [wholeDown(lower), wholeDown(upper)];
    if (a % 60 === 0 && b % 60 === 0) return `${a / 60}-${b / 60} ${w.units.min}`;
    if (a < 60 && b < 60) return `${a}-${b} ${w.units.s}`;
    return `${durationWords(a, w)} – ${durationWords(b, w)}`;
}

function countSpan(lower: number, upper: number | undefined): string {
    const a = wholeDown(lower);
    const b = upper === undefined ? a : wholeDown(upper);
    return b !== a ? `${a}-${b}` : String(a);
}

/** Kilograms with up to two decimals: a load is written, not derived, so it is shown as it is. */
function kgWords(kg: number, w: Words): string {
    const text = String(Math.round(kg * 100) / 100);
    return `${w.num(1.5) === '1,5' ? text.replace('.', ',') : text} ${w.units.kg}`;
}

/** The tempo without noise: `3 s up, 3 s down` when there is no pause at the top. */
function tempoWords(activity: Activity, w: Words): string | undefined {
    const dose = activity.dose;
    if (!isSetsReps(dose) || (dose.up === undefined && dose.down === undefined)) return undefined;
    if (dose.pause !== undefined && dose.pause > 0) return w.tempo(w.num(dose.up), w.num(dose.pause), w.num(dose.down));
    return w.handout.tempo(w.num(dose.up), w.num(dose.down));
}

/** One week's dose of an activity; '' when its dose has no amount (a support worn daily, say). */
export function patientDose(dose: ActivityWeek, language: Language): string {
    const w = wordsFor(language);
    const raw = dose.activity.dose;
    if (isSetsReps(raw) && dose.sets !== undefined && dose.reps !== undefined) {
        const parts = [w.sets(countSpan(dose.sets, undefined), countSpan(dose.reps, dose.repsMax))];
        const tempo = tempoWords(dose.activity, w);
        if (tempo) parts.push(`(${tempo})`);
        if (dose.loadKg !== undefined) parts.push(w.load(kgWords(dose.loadKg, w)));
        return parts.join(' ');
    }
    if (isSetsHold(raw) && dose.sets !== undefined && dose.holdSeconds !== undefined) {
        return w.hold(countSpan(dose.sets, undefined), durationSpan(dose.holdSeconds, dose.holdSecondsMax, w));
    }
    if (isIntervals(raw) && raw.repeats > 0) {
        const progressed = (dose.activity.progressions ?? []).length > 0;
        // An unprogressed interval keeps both ends of a written range (`1-2 min run`); the schedule keeps upper ends only.
        const run =
            progressed || !raw.run?.valueTo
                ? durationWords(((dose.runMinutesPerSession ?? 0) / raw.repeats) * 60, w)
                : quantityWords(raw.run, language);
        const walk =
            progressed || !raw.walk?.valueTo
                ? durationWords(((dose.walkMinutesPerSession ?? 0) / raw.repeats) * 60, w)
                : quantityWords(raw.walk, language);
        return w.intervals(String(raw.repeats), run, walk);
    }
    if (dose.minutes !== undefined)
        return durationSpan(dose.minutes * 60, dose.minutesMax === undefined ? undefined : dose.minutesMax * 60, w);
    return '';
}

/** Weeks in a row with the same dose, for a week-by-week table. */
export interface DoseRun {
    from: number;
    to: number;
    text: string;
    dose: ActivityWeek;
}

/** An activity's doses over its phase, consecutive equal weeks merged; empty when the activity is not scheduled. */
export function doseRuns(schedule: Schedule, activity: Activity, language: Language): DoseRun[] {
    const runs: DoseRun[] = [];
    const { weeks = [], doses = [] } = dosesByActivity(schedule).get(activity) ?? {};
    doses.forEach((dose, i) => {
        const week = weeks[i];
        const text = patientDose(dose, language);
        const last = runs[runs.length - 1];
        if (last && last.text === text && last.to === week - 1) last.to = week;
        else runs.push({ from: week, to: week, text, dose });
    });
    return runs;
}

/** The activity changes its dose over the plan (a progression that actually moves something). */
export function isProgressed(runs: DoseRun[]): boolean {
    return runs.length > 1;
}

export function weekRangeWords(start: string | undefined, from: number, to: number, w: Words): string | undefined {
    if (!start || !parseIsoDate(start)) return undefined;
    const first = weekStart(start, from);
    const last = addDays(weekStart(start, to), 6);
    return dateRangeWords(first, last, w);
}

/** `4 Jan – 28 Feb 2027`, `28 Dec 2026 – 3 Jan 2027`, in the language's form. */
export function dateRangeWords(first: string, last: string, w: Words): string {
    const a = parseIsoDate(first)!,
        b = parseIsoDate(last)!;
    const ya = a.getUTCFullYear(),
        yb = b.getUTCFullYear();
    const left = w.handout.date(a.getUTCDate(), a.getUTCMonth() + 1, ya, true) + (ya !== yb ? ` ${ya}` : '');
    const right = w.handout.date(b.getUTCDate(), b.getUTCMonth() + 1, yb, true) + ` ${yb}`;
    return `${left} – ${right}`;
}

/** `Monday 4 January 2027`, `mandag 4. januar 2027`. */
export function longDateWords(date: string, w: Words): string | undefined {
    const d = parseIsoDate(date);
    if (!d) return undefined;
    return `${w.handout.weekday(d.getUTCDay())} ${w.handout.date(d.getUTCDate(), d.getUTCMonth() + 1, d.getUTCFullYear())}`;
}
