import type { Dose } from '../generated/ast.js';
import { isAtWeeks, isDuration, isIntervals, isSetsHold, isSetsReps } from '../generated/ast.js';
import { wordsFor, type Language, type Words } from './dictionary.js';
import { quantityWords } from './plan-words.js';

// A dose in the patient's words, both as the plan writes it and as a week of the schedule has it
// after progression: the two go through the same phrases, so the calendar's week 4 reads like the
// handout's table.

interface Tempo {
    up?: number;
    pause?: number;
    down?: number;
}

function setsReps(w: Words, sets: string, reps: string, tempo: Tempo | undefined, load: string | undefined): string {
    const parts = [w.sets(sets, reps)];
    if (tempo && (tempo.up !== undefined || tempo.down !== undefined)) {
        parts.push(`(${w.tempo(w.num(tempo.up), w.num(tempo.pause ?? 0), w.num(tempo.down))})`);
    }
    if (load) parts.push(w.load(load));
    return parts.join(' ');
}

/** A dose as the plan wrote it (before progression); '' when there is none. */
export function doseWords(dose: Dose | undefined, language: Language): string {
    const w = wordsFor(language);
    if (isSetsReps(dose))
        return setsReps(
            w,
            w.num(dose.sets),
            span(w, dose.reps, dose.repsTo),
            dose,
            dose.load ? quantityWords(dose.load, language) : undefined
        );
    if (isSetsHold(dose)) return w.hold(w.num(dose.sets), quantityWords(dose.hold, language));
    if (isIntervals(dose)) return w.intervals(w.num(dose.repeats), quantityWords(dose.run, language), quantityWords(dose.walk, language));
    if (isDuration(dose)) return quantityWords(dose.amount, language);
    if (isAtWeeks(dose)) return w.atWeeks((dose.weeks ?? []).map(n => w.num(n)).join(', '));
    return '';
}

/** Both ends of a range (`8-12`), or the one value when the ends are equal. */
function span(w: Words, lower: number, upper: number | undefined): string {
    return upper !== undefined && Math.abs(upper - lower) > 1e-9 ? `${w.num(lower)}-${w.num(upper)}` : w.num(lower);
}
