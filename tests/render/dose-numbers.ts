import type { ActivityWeek } from '../../language/schedule/schedule.js';
import { isIntervals, isSetsReps } from '../../language/generated/ast.js';

/*
 * Reads the numbers back out of a dose as the patient sees it (`3 × 10 reps (3 s up, 3 s down) with 2 kg`,
 * `10 × (1 min 6 s run + 2 min walk)`, `26 min 37 s`), in English or Danish, and computes the same fields
 * from the schedule week the rules checked: times in whole seconds and counts in whole units, rounded down.
 * A test compares the two, so no number on the page or in the calendar can drift from the schedule.
 */

export interface DoseNumbers {
    sets?: number;
    reps?: number;
    repsMax?: number;
    holdSeconds?: number;
    holdSecondsMax?: number;
    repeats?: number;
    runSeconds?: number;
    walkSeconds?: number;
    seconds?: number;
    secondsMax?: number;
    loadKg?: number;
    tempoUp?: number;
    tempoPause?: number;
    tempoDown?: number;
}

const S = '(?:s|sek\\.)';
const DUR = `(\\d+) min(?: (\\d+) ${S})?|(\\d+) ${S}`;

function seconds(m: RegExpMatchArray, i: number): number {
    return m[i] !== undefined ? Number(m[i]) * 60 + Number(m[i + 1] ?? 0) : Number(m[i + 2]);
}

/** The fields a dose text states; throws on a text it cannot read whole. */
export function parseDose(text: string): DoseNumbers {
    let rest = text;
    const out: DoseNumbers = {};
    const take = (re: RegExp, f: (m: RegExpMatchArray) => void) => {
        const m = rest.match(re);
        if (m) {
            f(m);
            rest = rest.replace(m[0], '');
        }
        return !!m;
    };
    take(/ \((\d+) (?:s|sek\.) (?:up|op), (?:(\d+) (?:s|sek\.) pause, )?(\d+) (?:s|sek\.) (?:down|ned)\)/, m => {
        out.tempoUp = Number(m[1]);
        if (m[2] !== undefined) out.tempoPause = Number(m[2]);
        out.tempoDown = Number(m[3]);
    });
    take(/ (?:with|med) (\d+(?:[.,]\d+)?) kg/, m => {
        out.loadKg = Number(m[1].replace(',', '.'));
    });
    const done =
        take(new RegExp(`^(\\d+) × \\((?:${DUR}) (?:run|løb) \\+ (?:${DUR}) (?:walk|gang)\\)$`), m => {
            out.repeats = Number(m[1]);
            out.runSeconds = seconds(m, 2);
            out.walkSeconds = seconds(m, 5);
        }) ||
        take(new RegExp(`^(\\d+) × (?:(\\d+)-(\\d+) ${S}|${DUR})(?: hold)?$`), m => {
            out.sets = Number(m[1]);
            if (m[2] !== undefined) {
                out.holdSeconds = Number(m[2]);
                out.holdSecondsMax = Number(m[3]);
            } else {
                out.holdSeconds = seconds(m, 4);
                out.holdSecondsMax = out.holdSeconds;
            }
        }) ||
        take(/^(\d+) × (\d+)(?:-(\d+))? [A-Za-zæøå.]+$/, m => {
            out.sets = Number(m[1]);
            out.reps = Number(m[2]);
            out.repsMax = Number(m[3] ?? m[2]);
        }) ||
        take(/^(\d+)-(\d+) min$/, m => {
            out.seconds = Number(m[1]) * 60;
            out.secondsMax = Number(m[2]) * 60;
        }) ||
        take(new RegExp(`^(?:${DUR})$`), m => {
            out.seconds = seconds(m, 1);
            out.secondsMax = out.seconds;
        });
    if (!done || rest.trim() !== '') throw new Error(`cannot read the dose "${text}" (left: "${rest}")`);
    return out;
}

const down = (n: number) => Math.floor(n + 1e-6);

/** The same fields from the schedule's week. */
export function scheduleNumbers(dose: ActivityWeek): DoseNumbers {
    const raw = dose.activity.dose;
    const out: DoseNumbers = {};
    if (isSetsReps(raw)) {
        if (raw.up !== undefined || raw.down !== undefined) {
            out.tempoUp = raw.up;
            out.tempoDown = raw.down;
            if (raw.pause) out.tempoPause = raw.pause;
        }
        if (dose.loadKg !== undefined) out.loadKg = Math.round(dose.loadKg * 100) / 100;
        out.sets = down(dose.sets!);
        out.reps = down(dose.reps!);
        out.repsMax = down(dose.repsMax ?? dose.reps!);
    } else if (isIntervals(raw)) {
        out.repeats = raw.repeats;
        out.runSeconds = down(((dose.runMinutesPerSession ?? 0) / raw.repeats) * 60);
        out.walkSeconds = down(((dose.walkMinutesPerSession ?? 0) / raw.repeats) * 60);
    } else if (dose.holdSeconds !== undefined) {
        out.sets = down(dose.sets!);
        out.holdSeconds = down(dose.holdSeconds);
        out.holdSecondsMax = down(dose.holdSecondsMax ?? dose.holdSeconds);
    } else if (dose.minutes !== undefined) {
        out.seconds = down(dose.minutes * 60);
        out.secondsMax = down((dose.minutesMax ?? dose.minutes) * 60);
    }
    return out;
}
