import type { Language } from '../words/dictionary.js';
import type { DiaryRow } from './diary-csv.js';
import type { FollowProfile, FollowThresholds } from './follow-profile.js';
import { followWords, type FollowWords } from './follow-words.js';
import type { PlanLines } from './plan-lines.js';
import { median } from './stats.js';

/** A recorded morning: the first-step pain of a diary day. */
export interface Morning {
    day: number;
    value: number;
    line: number;
}

/** What every check of a week reads: the plan's lines, the diary by day, the recorded mornings, the baseline. */
export interface FollowContext {
    profile: FollowProfile;
    t: FollowThresholds;
    language: Language;
    words: FollowWords;
    lines: PlanLines;
    rowsByDay: Map<number, DiaryRow>;
    mornings: Morning[];
    /** Index into `mornings` of each day with a recorded morning. */
    morningIndex: Map<number, number>;
    baseline?: number;
}

export function createContext(profile: FollowProfile, language: Language, lines: PlanLines, rows: readonly DiaryRow[]): FollowContext {
    const mornings: Morning[] = [];
    const morningIndex = new Map<number, number>();
    const rowsByDay = new Map<number, DiaryRow>();
    for (const row of rows) {
        rowsByDay.set(row.day, row);
        if (row.firstStep === undefined) continue;
        morningIndex.set(row.day, mornings.length);
        mornings.push({ day: row.day, value: row.firstStep, line: row.line });
    }
    const t = profile.thresholds;
    const baseline = median(mornings.slice(0, t.baselineMornings).map(m => m.value));
    return { profile, t, language, words: followWords(language), lines, rowsByDay, mornings, morningIndex, baseline };
}

/** The recorded mornings up to and including `day`, the last `count` of them. */
export function lastMornings(context: FollowContext, day: number, count: number): Morning[] {
    let end = context.mornings.length;
    // Mornings are sorted by day: binary search for the first morning after `day`.
    let lo = 0,
        hi = context.mornings.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (context.mornings[mid].day <= day) lo = mid + 1;
        else hi = mid;
    }
    end = lo;
    return context.mornings.slice(Math.max(0, end - count), end);
}

/** The diary days from `from` to `to`, inclusive, that have a row. */
export function daysBetween(context: FollowContext, from: number, to: number): DiaryRow[] {
    const days: DiaryRow[] = [];
    for (let d = from; d <= to; d++) {
        const row = context.rowsByDay.get(d);
        if (row) days.push(row);
    }
    return days;
}
