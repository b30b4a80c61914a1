/*
 * Calendar arithmetic on `YYYY-MM-DD` strings in UTC, so a plan's dates never shift with the machine's time zone
 * or a daylight-saving change.
 */

export function parseIsoDate(date: string): Date | undefined {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    if (!m) return undefined;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.getUTCMonth() === Number(m[2]) - 1 ? d : undefined;
}

export function formatIsoDate(d: Date): string {
    return d.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
    const d = parseIsoDate(date);
    if (!d) return date;
    d.setUTCDate(d.getUTCDate() + days);
    return formatIsoDate(d);
}

/** The first day of plan week `week` (1-based). */
export function weekStart(start: string, week: number): string {
    return addDays(start, (week - 1) * 7);
}
