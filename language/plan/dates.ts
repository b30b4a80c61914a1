/*
 * Calendar arithmetic on `YYYY-MM-DD` strings in UTC, so a plan's dates never shift with the machine's time zone
 * or a daylight-saving change.
 */

const DAY_MS = 86_400_000;

/** The day number (days since 1970-01-01, UTC) of a calendar date, or undefined when the date does not exist (2027-02-30). */
export function dayNumber(year: number, month: number, day: number): number | undefined {
    if (![year, month, day].every(Number.isInteger) || year < 0 || year > 9999) return undefined;
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
    return Math.round(date.getTime() / DAY_MS);
}

/** `2027-01-04` for a day number. */
export function isoDate(day: number): string {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** A `YYYY-MM-DD` date at UTC midnight, or undefined when it is not a date in the calendar. */
export function parseIsoDate(date: string): Date | undefined {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typeof date === 'string' ? date : '');
    const day = m ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
    return day === undefined ? undefined : new Date(day * DAY_MS);
}

/** The date `days` after `date`; a string that is not a date comes back as it is. */
export function addDays(date: string, days: number): string {
    const d = parseIsoDate(date);
    // Like setUTCDate, a fractional count of days is cut to whole days.
    return d ? isoDate(Math.round(d.getTime() / DAY_MS) + Math.trunc(days)) : date;
}

/** The first day of plan week `week` (1-based). */
export function weekStart(start: string, week: number): string {
    return addDays(start, (week - 1) * 7);
}
