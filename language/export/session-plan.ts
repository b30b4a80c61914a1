import type { Frequency, Phase } from '../generated/ast.js';
import { isEveryNDays, isEveryOtherDay, isTimesPer } from '../generated/ast.js';
import type { ActivityWeek, ProcedureEvent, ReviewEvent, Schedule } from '../schedule/schedule.js';
import { judgedAsBuiltin } from '../plan/plan-queries.js';

/*
 * The schedule's weekly doses laid out on days: which activity is done how many times on which day.
 * Daily activities happen every day; `N times weekly` is spread evenly from the week's first day
 * (2 → days 1 and 4, 3 → days 1, 3, 5); `every other day` and `every N days` count days from the
 * start of the activity's phase, so they alternate across week boundaries (4 sessions, then 3).
 * A day with several sessions gets one session per slot: slot k holds every activity due more than
 * k times that day, so `3 times daily` puts the activity in three sessions.
 *
 * Two kinds of activity are not sessions among the others: ice (the built-in `ice` and its `like` variants) gets
 * its own sessions in the evening, after the day's load, and supports (heel cup, insoles, taping) are worn, not
 * trained, so each phase gets one note listing them for all its days.
 */

/** More than this many sessions a day is not a plan a calendar can show; the excess is dropped. */
export const MAX_SESSIONS_PER_DAY = 24;

/** About two years of daily training sessions; a calendar beyond that is no use on a phone and slow to write. */
export const MAX_SESSIONS = 5000;

export interface SessionItem {
    dose: ActivityWeek;
    timesToday: number;
}
/** Slot `slot` of `slots` on a day; evening sessions (ice) are counted apart from the day's training sessions. */
export interface PlannedSession {
    week: number;
    day: number;
    slot: number;
    slots: number;
    items: SessionItem[];
    evening?: boolean;
}
export interface PlannedDay {
    week: number;
    day: number;
    procedures: ProcedureEvent[];
    reviews: ReviewEvent[];
}
/** The supports of a phase, worn over its weeks: each with its dose in the phase's first week. */
export interface SupportNote {
    phase: Phase;
    from: number;
    to: number;
    items: ActivityWeek[];
}

export interface SessionPlan {
    sessions: PlannedSession[];
    events: PlannedDay[];
    supports: SupportNote[];
}

/** Ice is done in the evening, in sessions of its own. */
export function isEveningActivity(dose: ActivityWeek): boolean {
    return judgedAsBuiltin(dose.exercise) === 'ice';
}

export function isSupport(dose: ActivityWeek): boolean {
    return dose.kind === 'support';
}

export function planSessions(schedule: Schedule): SessionPlan {
    const sessions: PlannedSession[] = [];
    const events: PlannedDay[] = [];
    const supports = new Map<Phase, SupportNote>();
    for (const week of schedule.weeks) {
        for (const dose of week.activities.filter(isSupport)) {
            const note = supports.get(dose.phase);
            if (!note) supports.set(dose.phase, { phase: dose.phase, from: week.week, to: week.week, items: [dose] });
            else {
                note.to = week.week;
                if (!note.items.some(d => d.activity === dose.activity)) note.items.push(dose);
            }
        }
        for (let day = 0; day < 7; day++) {
            const day_: SessionItem[] = [],
                evening: SessionItem[] = [];
            for (const dose of week.activities) {
                if (isSupport(dose)) continue;
                const times = timesOnDay(dose, week.week, day);
                if (times > 0) (isEveningActivity(dose) ? evening : day_).push({ dose, timesToday: times });
            }
            for (const [items, isEvening] of [
                [day_, false],
                [evening, true]
            ] as const) {
                const slots = Math.min(MAX_SESSIONS_PER_DAY, Math.max(0, ...items.map(i => i.timesToday)));
                for (let slot = 0; slot < slots && sessions.length < MAX_SESSIONS; slot++) {
                    sessions.push({
                        week: week.week,
                        day,
                        slot,
                        slots,
                        items: items.filter(i => i.timesToday > slot),
                        ...(isEvening ? { evening: true } : {})
                    });
                }
            }
        }
        // Reviews and procedures are set for a week, not a day: they go on its first day.
        if (week.reviews.length > 0 || week.procedures.length > 0) {
            events.push({ week: week.week, day: 0, procedures: week.procedures, reviews: week.reviews });
        }
    }
    return { sessions, events, supports: [...supports.values()] };
}

/** How many times an activity is done on one day (0-6) of a plan week. */
export function timesOnDay(dose: ActivityWeek, week: number, day: number): number {
    const f: Frequency | undefined = dose.activity.frequency;
    const dayOfPhase = (week - (dose.phase.from ?? 1)) * 7 + day;
    if (isTimesPer(f)) {
        const count = whole(f.count ?? (f.word === 'twice' ? 2 : 1));
        if (f.per === 'daily') return Math.min(count, MAX_SESSIONS_PER_DAY);
        return spreadOverWeek(Math.min(count, 7 * MAX_SESSIONS_PER_DAY), day);
    }
    if (isEveryOtherDay(f)) return dayOfPhase >= 0 && dayOfPhase % 2 === 0 ? 1 : 0;
    if (isEveryNDays(f)) {
        const n = whole(f.days);
        return n >= 1 && dayOfPhase >= 0 && dayOfPhase % n === 0 ? 1 : 0;
    }
    // No frequency: the schedule counts one session a week.
    return day === 0 ? 1 : 0;
}

function spreadOverWeek(count: number, day: number): number {
    let times = 0;
    for (let i = 0; i < count; i++) if (Math.floor((i * 7) / count) === day) times++;
    return times;
}

function whole(n: number | undefined): number {
    return n !== undefined && Number.isFinite(n) && n > 0 ? Math.round(n) : 0;
}
