// Calendar dates as whole day numbers (days since 1970-01-01, UTC), so weeks are plain arithmetic and no
// time zone or daylight-saving change can move a diary day into another week.

import { dayNumber as calendarDay } from '../plan/dates.js';

/** A diary's dates are four-digit years: `0027-01-04` is a typo, not a date. */
function dayNumber(year: number, month: number, day: number): number | undefined {
    return year < 1000 ? undefined : calendarDay(year, month, day);
}

/** `YYYY-MM-DD` only: the form of `--start` and of the plan's `start`. */
export function parseIsoDate(text: string): number | undefined {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
    return match ? dayNumber(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

/**
 * A diary date: `YYYY-MM-DD`, or the Danish `DD-MM-YYYY` / `DD.MM.YYYY` (day and month may have one digit,
 * `4.1.2027`, as Danish spreadsheets often write them).
 */
export function parseDiaryDate(text: string): number | undefined {
    const value = text.trim();
    const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
    if (iso) return dayNumber(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    const danish = /^(\d{1,2})([-.])(\d{1,2})\2(\d{4})$/.exec(value);
    if (danish) return dayNumber(Number(danish[4]), Number(danish[3]), Number(danish[1]));
    return undefined;
}

/** Plan week 1 starts on `start`; day `day` belongs to week floor((day − start) / 7) + 1. */
export function weekOf(day: number, start: number): number {
    return Math.floor((day - start) / 7) + 1;
}

/** The first and last day of calendar week `week`. */
export function weekDays(week: number, start: number): { from: number; to: number } {
    const from = start + (week - 1) * 7;
    return { from, to: from + 6 };
}
