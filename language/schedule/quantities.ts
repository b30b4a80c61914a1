import type { Frequency, Quantity } from '../generated/ast.js';
import { isEveryNDays, isEveryOtherDay, isTimesPer } from '../generated/ast.js';

/** Seconds in a quantity of time; undefined when the unit is not a time unit. */
export function toSeconds(q: Quantity | undefined): number | undefined {
    if (!q) return undefined;
    switch (q.unit) {
        case 's':
            return q.value;
        case 'min':
            return q.value * 60;
        case 'h':
            return q.value * 3600;
        default:
            return undefined;
    }
}

/** The upper end of a range quantity (`10-15 min` → 15 min) in seconds; the value itself when it is no range. */
export function toSecondsMax(q: Quantity | undefined): number | undefined {
    if (!q || q.valueTo === undefined) return toSeconds(q);
    return toSeconds({ ...q, value: q.valueTo });
}

export function toMinutesMax(q: Quantity | undefined): number | undefined {
    const s = toSecondsMax(q);
    return s === undefined ? undefined : s / 60;
}

export function toMinutes(q: Quantity | undefined): number | undefined {
    const s = toSeconds(q);
    return s === undefined ? undefined : s / 60;
}

export function toHours(q: Quantity | undefined): number | undefined {
    const s = toSeconds(q);
    return s === undefined ? undefined : s / 3600;
}

/** Sessions per week: `every other day` counts 3.5, as the guide's load rules do. */
export function sessionsPerWeek(f: Frequency | undefined): number | undefined {
    const perDay = sessionsPerDay(f);
    return perDay === undefined ? undefined : perDay * 7;
}

/** The upper end of a frequency range (`1-3 times daily` → 21 a week); the frequency itself when it is no range. */
export function sessionsPerWeekMax(f: Frequency | undefined): number | undefined {
    const perDay = sessionsPerDayMax(f);
    return perDay === undefined ? undefined : perDay * 7;
}

export function sessionsPerDayMax(f: Frequency | undefined): number | undefined {
    if (f && isTimesPer(f) && f.countTo !== undefined) return f.per === 'daily' ? f.countTo : f.countTo / 7;
    return sessionsPerDay(f);
}

export function sessionsPerDay(f: Frequency | undefined): number | undefined {
    if (!f) return undefined;
    if (isTimesPer(f)) {
        const count = f.count ?? (f.word === 'twice' ? 2 : 1);
        return f.per === 'daily' ? count : count / 7;
    }
    if (isEveryOtherDay(f)) return 0.5;
    if (isEveryNDays(f)) return f.days > 0 ? 1 / f.days : 0;
    return undefined;
}

/**
 * A value that breaks a limit, with enough decimals (up to 2) that it never reads as the limit itself:
 * 1441 min is "24.02 h", not "24 h" beside "the guide allows 24 h".
 */
export function formatPrecise(n: number): string {
    return String(Math.round(n * 100) / 100);
}

/** Whole numbers show as such; others with one decimal (display only: the schedule keeps full precision). */
export function formatNumber(n: number): string {
    const rounded = Math.round(n * 10) / 10;
    return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}
