import type { Pain, Phase, Plan, Quantity } from '../generated/ast.js';
import {
    isActivityPainCriterion,
    isActivityPainLimit,
    isCondition,
    isContact,
    isEntry,
    isFirstStepPainCriterion,
    isFirstStepPainRises,
    isMonitor,
    isNightPainSign,
    isPainAbove,
    isPainSettles,
    isReview,
    isStartDate,
    isStopRule,
    isSwellingSign,
    isWalkCriterion,
    isWeekCriterion
} from '../generated/ast.js';
import { phasesOf } from '../schedule/schedule.js';
import { toMinutes } from '../schedule/quantities.js';
import { dayNumber } from '../plan/dates.js';

// What following a patient reads from the plan: the `monitor`, `stop when`, `entry when` and `review` lines,
// the `start` date and the `contact`, as plain values. Pain limits are on the 0-10 scale of the diary.

export type StopCheck =
    { type: 'rise'; points?: number } | { type: 'pain-above'; limit: number } | { type: 'swelling' } | { type: 'night-pain' };

export type EntryCheck =
    | { type: 'first-step'; limit: number }
    | { type: 'walk'; minutes: number }
    | { type: 'activity'; limit: number }
    | { type: 'week'; week: number };

export interface PlanLines {
    condition?: string;
    /** The strictest `pain during activity at most P/10`. */
    activityCeiling?: number;
    /** `pain settles within Q`, as written (for messages); undefined when the plan does not monitor it. */
    settlesWindow?: Quantity;
    /** Stop rules of the plan itself, in force every week. */
    planStops: StopCheck[];
    /** Stop rules of each phase, in force in the weeks the patient is in that phase. */
    phaseStops: Map<Phase, StopCheck[]>;
    /** `entry when` criteria of each gated phase (all `entry` lines together). */
    entries: Map<Phase, EntryCheck[]>;
    /** Review appointments by calendar week, with their notes. */
    reviews: Map<number, string[]>;
    contact?: string;
    /** The plan's `start`, as a day number. */
    start?: number;
}

/** A pain score on the diary's 0-10 scale, whatever scale the plan wrote it on. */
export function painOnTen(p: Pain | undefined): number | undefined {
    if (!p || typeof p.value !== 'number') return undefined;
    const scale = typeof p.scale === 'number' && p.scale > 0 ? p.scale : 10;
    return (p.value / scale) * 10;
}

export function readPlanLines(plan: Plan): PlanLines {
    const lines: PlanLines = { planStops: [], phaseStops: new Map(), entries: new Map(), reviews: new Map() };
    lines.condition = plan.members.find(isCondition)?.name;
    for (const monitor of plan.members.filter(isMonitor)) {
        for (const rule of monitor.rules) {
            if (isActivityPainLimit(rule)) {
                const limit = painOnTen(rule.limit);
                if (limit !== undefined) lines.activityCeiling = Math.min(lines.activityCeiling ?? Infinity, limit);
            } else if (isPainSettles(rule) && rule.window) {
                const current = toMinutes(lines.settlesWindow),
                    next = toMinutes(rule.window);
                if (current === undefined || (next !== undefined && next < current)) lines.settlesWindow = rule.window;
            }
        }
    }
    lines.planStops = plan.members
        .filter(isStopRule)
        .flatMap(r => r.conditions.map(stopCheck))
        .filter((c): c is StopCheck => !!c);
    const addReview = (week: number, note: string | undefined) => {
        if (!Number.isInteger(week) || week < 1) return;
        const notes = lines.reviews.get(week) ?? [];
        if (note) notes.push(note);
        lines.reviews.set(week, notes);
    };
    for (const review of plan.members.filter(isReview)) addReview(review.week, review.note);
    for (const phase of phasesOf(plan)) {
        lines.phaseStops.set(
            phase,
            phase.members
                .filter(isStopRule)
                .flatMap(r => r.conditions.map(stopCheck))
                .filter((c): c is StopCheck => !!c)
        );
        for (const review of phase.members.filter(isReview)) addReview(review.week, review.note);
        const criteria = phase.members
            .filter(isEntry)
            .flatMap(e => e.criteria.map(entryCheck))
            .filter((c): c is EntryCheck => !!c);
        if (phase.members.some(isEntry)) lines.entries.set(phase, criteria);
    }
    lines.contact = plan.members.find(isContact)?.text;
    const start = plan.members.find(isStartDate);
    if (start) lines.start = dayNumber(start.year, start.month, start.day);
    return lines;
}

function stopCheck(c: unknown): StopCheck | undefined {
    if (isFirstStepPainRises(c)) return { type: 'rise', points: typeof c.points === 'number' && c.points > 0 ? c.points : undefined };
    if (isPainAbove(c)) {
        const limit = painOnTen(c.limit);
        return limit === undefined ? undefined : { type: 'pain-above', limit };
    }
    if (isSwellingSign(c)) return { type: 'swelling' };
    if (isNightPainSign(c)) return { type: 'night-pain' };
    return undefined;
}

function entryCheck(c: unknown): EntryCheck | undefined {
    if (isFirstStepPainCriterion(c)) {
        const limit = painOnTen(c.limit);
        return limit === undefined ? undefined : { type: 'first-step', limit };
    }
    if (isWalkCriterion(c)) {
        const minutes = toMinutes(c.duration);
        return minutes === undefined ? undefined : { type: 'walk', minutes };
    }
    if (isActivityPainCriterion(c)) {
        const limit = painOnTen(c.limit);
        return limit === undefined ? undefined : { type: 'activity', limit };
    }
    if (isWeekCriterion(c)) return typeof c.week === 'number' ? { type: 'week', week: c.week } : undefined;
    return undefined;
}
