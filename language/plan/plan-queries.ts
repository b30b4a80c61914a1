import { AstUtils, type AstNode } from 'langium';
import { BUILTIN_SCHEME } from '../library/builtin-source.js';
import { dayNumber } from './dates.js';
import type { Activity, Exercise, ExerciseKind, Phase, Plan, TimeSpan } from '../generated/ast.js';
import { isActivity, isContact, isHistory, isPhase, isReferral, isStartDate, isSymptomsFor, isTreatedFor } from '../generated/ast.js';

/*
 * Questions the rules, the schedule, completion and the exports all ask of a plan. One answer each, so a
 * `like` variant, a shadowed built-in or a history line means the same thing everywhere.
 */

/** An exercise of the built-in library (not a user exercise that happens to share its id). */
export function isBuiltinExercise(exercise: Exercise): boolean {
    return AstUtils.findRootNode(exercise).$document?.uri.scheme === BUILTIN_SCHEME;
}

/** The built-in a `like` variant is based on; undefined for anything else. */
export function variantBase(exercise: Exercise): Exercise | undefined {
    const base = exercise.base?.ref;
    return base && isBuiltinExercise(base) ? base : undefined;
}

/** The kind an exercise is judged by: its own, or, for a variant that leaves it out, its base's. */
export function exerciseKind(exercise: Exercise | undefined): ExerciseKind | undefined {
    if (!exercise) return undefined;
    return exercise.kind ?? variantBase(exercise)?.kind;
}

/**
 * The built-in whose rules judge this exercise: a built-in itself, or the base of a `like` variant. A user
 * exercise that merely reuses a built-in's id is judged by its own kind only (RP010 says so).
 */
export function judgedAsBuiltin(exercise: Exercise | undefined): string | undefined {
    if (!exercise) return undefined;
    if (isBuiltinExercise(exercise)) return exercise.name;
    return variantBase(exercise)?.name;
}

export function activityKind(activity: Activity): ExerciseKind | undefined {
    return exerciseKind(activity.exercise?.ref);
}

export function activityBuiltin(activity: Activity): string | undefined {
    return judgedAsBuiltin(activity.exercise?.ref);
}

/** Name, cue and link fall back to the base of a variant, as LANGUAGE.md promises. */
export function exerciseText(exercise: Exercise | undefined): {
    title?: string;
    titleDa?: string;
    cue?: string;
    cueDa?: string;
    guide?: string;
    link?: string;
} {
    if (!exercise) return {};
    const base = variantBase(exercise);
    const ownCue = exercise.cue !== undefined || exercise.cueDa !== undefined;
    const ownTitle = exercise.title !== undefined || exercise.titleDa !== undefined;
    return {
        title: exercise.title ?? (ownTitle ? undefined : base?.title),
        titleDa: exercise.titleDa ?? (ownTitle ? undefined : base?.titleDa),
        cue: exercise.cue ?? (ownCue ? undefined : base?.cue),
        cueDa: exercise.cueDa ?? (ownCue ? undefined : base?.cueDa),
        guide: exercise.guide ?? base?.guide,
        link: exercise.link
    };
}

/** A month is 52/12 weeks; a history offset is rounded down to whole weeks (RULES.md, "Three clocks"). */
const WEEKS_PER_UNIT: Record<string, number> = {
    day: 1 / 7,
    days: 1 / 7,
    week: 1,
    weeks: 1,
    month: 52 / 12,
    months: 52 / 12,
    year: 52,
    years: 52
};

export function spanWeeks(span: TimeSpan | undefined): number | undefined {
    if (!span || span.value === undefined || !Number.isFinite(span.value) || span.value < 0) return undefined;
    const factor = WEEKS_PER_UNIT[span.unit];
    if (factor === undefined) return undefined;
    // 3 months is 13 weeks exactly; the epsilon keeps 3 * 52 / 12 from rounding down to 12.
    return Math.floor(span.value * factor + 1e-9);
}

/** Whole weeks before plan week 1 on the course clock (since onset) and the treatment clock. */
export interface PlanClocks {
    courseOffset: number;
    treatmentOffset: number;
}

export function planClocks(plan: Plan | undefined): PlanClocks {
    let courseOffset = 0,
        treatmentOffset = 0;
    for (const member of plan?.members ?? []) {
        if (!isHistory(member)) continue;
        for (const fact of member.facts) {
            const weeks = spanWeeks(fact.span);
            if (weeks === undefined) continue;
            if (isSymptomsFor(fact)) courseOffset = weeks;
            else if (isTreatedFor(fact)) treatmentOffset = weeks;
        }
    }
    return { courseOffset, treatmentOffset };
}

export type ClockName = 'plan' | 'course' | 'treatment';

export function clockWeek(clocks: PlanClocks, clock: ClockName, planWeek: number): number {
    if (clock === 'course') return planWeek + clocks.courseOffset;
    if (clock === 'treatment') return planWeek + clocks.treatmentOffset;
    return planWeek;
}

/**
 * A referral (LANGUAGE.md v2): a `refer` line and nothing that loads the foot — every activity is a support,
 * or there is none. Only the generic rules and the screening rules judge it.
 */
export function isReferralPlan(plan: Plan | undefined): boolean {
    if (!plan || !plan.members.some(isReferral)) return false;
    for (const member of plan.members) {
        if (!isPhase(member)) continue;
        for (const node of member.members) {
            if (isActivity(node) && activityKind(node) !== 'support') return false;
        }
    }
    return true;
}

export function referralText(plan: Plan | undefined): string | undefined {
    return plan?.members.find(isReferral)?.text;
}

export function contactText(plan: Plan | undefined): string | undefined {
    return plan?.members.find(isContact)?.text;
}

/** A calendar date, checked: `2027-02-30` is not one. */
export interface CalendarDate {
    year: number;
    month: number;
    day: number;
}

export function isValidDate(d: CalendarDate): boolean {
    // 1900-2200: a plan's start outside this is a typo, not a date anyone means.
    return d.year >= 1900 && d.year <= 2200 && dayNumber(d.year, d.month, d.day) !== undefined;
}

/** The plan's `start` date as `YYYY-MM-DD`, when it is a real date. */
export function planStartDate(plan: Plan | undefined): string | undefined {
    const start = plan?.members.find(isStartDate);
    if (!start) return undefined;
    const date = { year: start.year, month: start.month, day: start.day };
    if (!isValidDate(date)) return undefined;
    return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

export function isRunningActivity(node: AstNode): node is Activity {
    return isActivity(node) && activityKind(node) === 'running';
}

/** Phases with running, in the order they start (document order among equals). */
export function runningPhases(plan: Plan): Phase[] {
    return plan.members
        .filter(isPhase)
        .filter(p => p.members.some(isRunningActivity))
        .sort((a, b) => (a.from ?? 0) - (b.from ?? 0));
}
