import type { Activity, Exercise, ExerciseKind, Phase, Plan, Progression } from '../generated/ast.js';
import { isAtWeeks, isDuration, isIntervals, isPhase, isReview, isSetsHold, isSetsReps } from '../generated/ast.js';
import { sessionsPerWeek, sessionsPerWeekMax, toMinutes, toMinutesMax, toSeconds, toSecondsMax } from './quantities.js';
import { exerciseKind } from '../plan/plan-queries.js';
import { GENERIC_PROFILE, threshold } from '../rules/rule-catalogue.js';

/** No plan runs longer than ten years (the generic profile's `maxWeek`); a larger week is an RP006 error, not a loop. */
export const MAX_WEEKS = threshold(GENERIC_PROFILE, 'maxWeek');

/**
 * Compound growth over hundreds of weeks overflows to Infinity, which JSON cannot hold. A progressed value
 * stops here, far beyond any dose (RP006 reports the progression from 1,000,000 on), so the schedule stays finite.
 */
export const MAX_PROGRESSED_VALUE = 1e9;

/**
 * One activity's dose in one week, after progression. Undefined fields do not apply to its dose. A range
 * (`3 x 8-12 reps`, `10-15 min`, `1-3 times daily`) keeps its lower end in the plain field and its upper end in
 * the `…Max` field, which equals the plain one when the dose is no range. Volumes (running minutes, strength
 * volume) are computed from the upper ends, as the growth rules read them.
 */
export interface ActivityWeek {
    activity: Activity;
    phase: Phase;
    exercise?: Exercise;
    kind?: ExerciseKind;
    sets?: number;
    reps?: number;
    repsMax?: number;
    holdSeconds?: number;
    holdSecondsMax?: number;
    loadKg?: number;
    minutes?: number;
    minutesMax?: number;
    runMinutesPerSession?: number;
    walkMinutesPerSession?: number;
    sessionsPerWeek: number;
    sessionsPerWeekMax: number;
    runMinutesPerWeek: number;
    strengthVolume: number;
}

export interface ProcedureEvent {
    activity: Activity;
    exercise?: Exercise;
    week: number;
}
export interface ReviewEvent {
    week: number;
    note?: string;
}

export interface ScheduleWeek {
    week: number;
    phases: Phase[];
    activities: ActivityWeek[];
    procedures: ProcedureEvent[];
    reviews: ReviewEvent[];
    runMinutes: number;
    strengthVolume: number;
}

export interface Schedule {
    lastWeek: number;
    weeks: ScheduleWeek[];
}

/**
 * The weeks a procedure is done, once per session: its `at week` list; else, with a frequency
 * (`do shockwave, once weekly`), each session over its phase; else once, in its phase's first week.
 */
export function procedureWeeks(activity: Activity): number[] {
    const dose = activity.dose;
    if (isAtWeeks(dose)) return dose.weeks;
    const phase = activity.$container;
    const from = phase?.from;
    if (from === undefined) return [];
    const perWeek = activity.frequency ? sessionsPerWeek(activity.frequency) : undefined;
    if (perWeek === undefined || !(perWeek > 0)) return [from];
    // A phase written backwards (RP001) still has its procedure once, in its first week.
    const to = Math.max(from, Math.min(phaseEnd(phase), from + MAX_WEEKS - 1));
    const weeks: number[] = [];
    // Sessions due by the end of each week, so `every 14 days` falls in weeks 1, 3, 5, … of the phase.
    for (let w = from, done = 0; w <= to && weeks.length < MAX_PROCEDURE_SESSIONS; w++) {
        const due = Math.min(Math.ceil((w - from + 1) * perWeek - 1e-9), MAX_PROCEDURE_SESSIONS);
        for (; done < due && weeks.length < MAX_PROCEDURE_SESSIONS; done++) weeks.push(w);
    }
    return weeks;
}

/** Daily injections for ten years would be 3,640 events; nothing sensible needs more. */
const MAX_PROCEDURE_SESSIONS = 5_000;

export function phaseEnd(phase: Phase): number {
    return phase.to ?? phase.from;
}

export function phasesOf(plan: Plan): Phase[] {
    return plan.members.filter(isPhase);
}

export function planLastWeek(plan: Plan): number {
    let last = 0;
    for (const phase of phasesOf(plan)) last = Math.max(last, phase.from ?? 0, phaseEnd(phase) ?? 0);
    return Math.min(last, MAX_WEEKS);
}

/** The plan week by week, from week 1 to the last phase's end. Pure: reads the AST, changes nothing. */
export function computeSchedule(plan: Plan): Schedule {
    const lastWeek = planLastWeek(plan);
    const weeks: ScheduleWeek[] = [];
    for (let w = 1; w <= lastWeek; w++) {
        weeks.push({ week: w, phases: [], activities: [], procedures: [], reviews: [], runMinutes: 0, strengthVolume: 0 });
    }
    const at = (w: number) => (Number.isInteger(w) && w >= 1 && w <= lastWeek ? weeks[w - 1] : undefined);

    for (const review of plan.members.filter(isReview)) at(review.week)?.reviews.push({ week: review.week, note: review.note });
    for (const phase of phasesOf(plan)) {
        for (const review of phase.members.filter(isReview)) at(review.week)?.reviews.push({ week: review.week, note: review.note });
        const from = Math.max(1, Math.floor(phase.from ?? 1));
        const to = Math.min(lastWeek, Math.floor(phaseEnd(phase) ?? from));
        for (let w = from; w <= to; w++) weeks[w - 1].phases.push(phase);
        for (const activity of phase.members) {
            if (activity.$type !== 'Activity') continue;
            const exercise = activity.exercise?.ref;
            if (isAtWeeks(activity.dose) || exerciseKind(exercise) === 'procedure') {
                for (const week of procedureWeeks(activity)) at(week)?.procedures.push({ activity, exercise, week });
                continue;
            }
            for (let w = from; w <= to; w++) {
                const week = weeks[w - 1];
                const dose = doseInWeek(activity, phase, w - from);
                week.activities.push(dose);
                week.runMinutes += dose.runMinutesPerWeek;
                week.strengthVolume += dose.strengthVolume;
            }
        }
    }
    return { lastWeek, weeks };
}

/** One activity's weekly doses in week order, and the plan week of each. */
export interface ActivityDoses {
    weeks: number[];
    doses: ActivityWeek[];
}

const dosesIndex = new WeakMap<Schedule, Map<Activity, ActivityDoses>>();

/**
 * The schedule by activity, built in one pass and kept with the schedule: checks and the handout ask for each
 * activity's doses, and scanning every week for every activity grows with the square of the plan.
 */
export function dosesByActivity(schedule: Schedule): Map<Activity, ActivityDoses> {
    let index = dosesIndex.get(schedule);
    if (!index) {
        index = new Map();
        for (const week of schedule.weeks) {
            for (const dose of week.activities) {
                const entry = index.get(dose.activity);
                if (entry) {
                    entry.weeks.push(week.week);
                    entry.doses.push(dose);
                } else index.set(dose.activity, { weeks: [week.week], doses: [dose] });
            }
        }
        dosesIndex.set(schedule, index);
    }
    return index;
}

/** The dose of an activity `offset` weeks after its phase started, with every progression applied. */
export function doseInWeek(activity: Activity, phase: Phase, offset: number): ActivityWeek {
    const exercise = activity.exercise?.ref;
    const kind = exerciseKind(exercise);
    const dose = activity.dose;
    const sessions = sessionsPerWeek(activity.frequency) ?? 1;
    const result: ActivityWeek = {
        activity,
        phase,
        exercise,
        kind,
        sessionsPerWeek: sessions,
        sessionsPerWeekMax: Math.max(sessions, sessionsPerWeekMax(activity.frequency) ?? sessions),
        runMinutesPerWeek: 0,
        strengthVolume: 0
    };
    if (isSetsReps(dose)) {
        result.sets = dose.sets;
        result.reps = dose.reps;
        result.repsMax = dose.repsTo ?? dose.reps;
        if (dose.load?.unit === 'kg') result.loadKg = dose.load.value;
    } else if (isSetsHold(dose)) {
        result.sets = dose.sets;
        result.holdSeconds = toSeconds(dose.hold);
        result.holdSecondsMax = toSecondsMax(dose.hold);
    } else if (isIntervals(dose)) {
        const run = toMinutesMax(dose.run),
            walk = toMinutesMax(dose.walk);
        if (run !== undefined) result.runMinutesPerSession = dose.repeats * run;
        if (walk !== undefined) result.walkMinutesPerSession = dose.repeats * walk;
    } else if (isDuration(dose)) {
        const minutes = toMinutes(dose.amount);
        if (minutes !== undefined) {
            result.minutes = minutes;
            result.minutesMax = toMinutesMax(dose.amount);
        }
    }
    for (const p of activity.progressions) applyProgression(result, p, offset);
    // A running duration is running time: `progress duration` and `progress run-time` both move it.
    if (kind === 'running' && isDuration(dose) && result.minutesMax !== undefined) result.runMinutesPerSession = result.minutesMax;
    if (kind === 'running') result.runMinutesPerWeek = (result.runMinutesPerSession ?? 0) * result.sessionsPerWeekMax;
    if (kind === 'strength' && result.sets !== undefined && result.repsMax !== undefined) {
        result.strengthVolume = result.sets * result.repsMax * result.sessionsPerWeekMax;
    }
    return result;
}

type ProgressField = 'reps' | 'sets' | 'holdSeconds' | 'loadKg' | 'minutes' | 'runMinutesPerSession';

/** Which field of the weekly dose a progression target moves. */
export function progressionField(target: string | undefined, dose: ActivityWeek): ProgressField | undefined {
    switch (target) {
        case 'reps':
            return 'reps';
        case 'sets':
            return 'sets';
        case 'hold':
            return 'holdSeconds';
        case 'load':
            return 'loadKg';
        case 'duration':
            return dose.minutes === undefined && dose.runMinutesPerSession !== undefined ? 'runMinutesPerSession' : 'minutes';
        case 'run-time':
            return dose.kind === 'running' && dose.minutes !== undefined ? 'minutes' : 'runMinutesPerSession';
        default:
            return undefined;
    }
}

/** Converts an absolute step or an `until` value to the unit the field is kept in (s, min, kg, count). */
export function toFieldUnit(field: ProgressField, value: number, unit: string | undefined): number {
    if (field === 'holdSeconds') return unit === 'min' ? value * 60 : unit === 'h' ? value * 3600 : value;
    if (field === 'minutes' || field === 'runMinutesPerSession') return unit === 's' ? value / 60 : unit === 'h' ? value * 60 : value;
    return value;
}

/** Number of steps a progression has taken `offset` weeks into its phase. */
export function progressionSteps(p: Progression, offset: number): number {
    const interval = p.weeks ?? 1;
    if (!(interval > 0) || offset < 0) return 0;
    return Math.floor(offset / interval);
}

/** The upper end of a range field; a progression moves both ends and `until` caps each. */
export const UPPER_END: Partial<Record<ProgressField, 'repsMax' | 'holdSecondsMax' | 'minutesMax'>> = {
    reps: 'repsMax',
    holdSeconds: 'holdSecondsMax',
    minutes: 'minutesMax'
};

function applyProgression(dose: ActivityWeek, p: Progression, offset: number): void {
    const field = progressionField(p.target, dose);
    if (!field) return;
    const upper = UPPER_END[field];
    if (upper && dose[upper] !== undefined) progressEnd(dose, upper, field, p, offset);
    progressEnd(dose, field, field, p, offset);
}

function progressEnd(
    dose: ActivityWeek,
    end: ProgressField | 'repsMax' | 'holdSecondsMax' | 'minutesMax',
    field: ProgressField,
    p: Progression,
    offset: number
): void {
    const start = dose[end];
    if (start === undefined) return;
    const steps = progressionSteps(p, offset);
    const direction = p.sign === '-' ? -1 : 1;
    let value: number;
    if (p.unit === '%') value = start * Math.pow(1 + (direction * p.step) / 100, steps);
    else value = start + direction * toFieldUnit(field, p.step, p.unit) * steps;
    if (p.limit !== undefined) {
        const limit = toFieldUnit(field, p.limit, p.limitUnit === '%' ? undefined : p.limitUnit);
        value = direction > 0 ? Math.min(value, Math.max(limit, start)) : Math.max(value, Math.min(limit, start));
    }
    dose[end] = Math.min(MAX_PROGRESSED_VALUE, Math.max(0, Number.isNaN(value) ? start : value));
}
