import type { Language } from '../words/dictionary.js';
import type { DiaryIssue } from './diary-csv.js';
import type { Decision, FollowRuleId } from './follow-profile.js';

// The result of following a patient: plain data, the same for the CLI's JSON, text and HTML and for the
// editor. `follow-json-schema.ts` describes it for the shipped JSON Schema.

export const FOLLOW_SCHEMA_VERSION = '1';

export type EventSeverity = 'error' | 'warning' | 'info' | 'hint';

export interface FollowEvent {
    rule: FollowRuleId;
    severity: EventSeverity;
    /** The day that fired it (FU001-FU004), or the week's last day (FU005-FU007). */
    date: string;
    message: string;
    section?: string;
    quote?: string;
    /** The diary line of the day that fired it. */
    line?: number;
}

export interface FollowDose {
    /** The exercise id as the plan names it. */
    activity: string;
    name: string;
    phase: string;
    /** The week's dose in words, after progression. */
    dose: string;
    frequency: string;
    sessionsPerWeek: number;
    sets?: number;
    reps?: number;
    holdSeconds?: number;
    loadKg?: number;
    minutes?: number;
    runMinutesPerSession?: number;
    runMinutesPerWeek: number;
    strengthVolume: number;
}

export interface FollowDay {
    date: string;
    line: number;
    firstStep?: number;
    activity?: number;
    settled?: boolean;
    walk?: number;
    run?: number;
    flags?: string[];
    note?: string;
    /** Cells of columns the diary does not know, by their header. */
    other?: Record<string, string>;
}

export interface Load {
    planned: number;
    adapted: number;
}

export interface FollowWeek {
    /** Calendar week from the start: 1 = the first seven days. */
    week: number;
    from: string;
    to: string;
    /** The plan week whose doses this week follows on the adapted schedule. */
    planWeek: number;
    /** The phase the patient is in this week on the adapted schedule; null past the plan's end. */
    phase: string | null;
    decision: Decision;
    /** The rule ids behind the decision. */
    reasons: FollowRuleId[];
    review: boolean;
    mornings: number;
    firstStepMedian: number | null;
    activityMax: number | null;
    days: FollowDay[];
    events: FollowEvent[];
    doses: FollowDose[];
    runMinutes: Load;
    strengthVolume: Load;
}

export interface FollowNext {
    week: number;
    from: string;
    to: string;
    planWeek: number;
    phase: string | null;
    decision: Decision;
    doses: FollowDose[];
}

export interface FollowResult {
    schemaVersion: typeof FOLLOW_SCHEMA_VERSION;
    plan: { id: string; title?: string };
    language: Language;
    start: string | null;
    /** Where the start came from: --start, the plan's `start`, or the diary's first date. */
    startFrom: 'option' | 'plan' | 'diary' | null;
    /** Median first-step pain of the first recorded mornings (7 by default). */
    baseline: number | null;
    ceilings: { activity?: number; stop?: number };
    weeks: FollowWeek[];
    next: FollowNext | null;
    /** Diary rows that were not used, and warnings, with their line numbers. */
    issues: DiaryIssue[];
    /** Diary rows used. */
    rows: number;
}
