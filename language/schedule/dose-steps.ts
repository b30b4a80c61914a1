import type { Activity, Exercise, Progression } from '../generated/ast.js';
import type { ActivityWeek, Schedule } from './schedule.js';

/*
 * Rises of a strength dose on the week-by-week schedule (RULES.md PF013 and PF025, v2): a rise is against the
 * week before, of any of reps, sets, load or hold, either end of a range; an exercise not done in the week
 * before is new, not a rise. Read from the schedule, so a step at a phase boundary counts like a progression.
 */

const DOSE_FIELDS = ['sets', 'reps', 'repsMax', 'loadKg', 'holdSeconds', 'holdSecondsMax'] as const;

/** Two weekly doses of the same exercise: the same definition, or the same written id when it did not link. */
export function sameExercise(a: ActivityWeek, b: ActivityWeek): boolean {
    return exerciseKey(a) === exerciseKey(b);
}

export function exerciseLabel(activity: Activity): string {
    return activity.exercise?.$refText ?? activity.exercise?.ref?.name ?? '?';
}

/** Some dose field is higher now than before (a relative tolerance keeps floating-point noise out). */
export function doseRises(before: ActivityWeek, now: ActivityWeek): boolean {
    // A load added where there was none is a rise too; the other fields come with the dose's form.
    if (before.loadKg === undefined && now.loadKg !== undefined && now.loadKg > 0) return true;
    return DOSE_FIELDS.some(field => {
        const a = before[field],
            b = now[field];
        return a !== undefined && b !== undefined && b > a * (1 + 1e-9) + 1e-12;
    });
}

export interface StrengthRise {
    week: number;
    activity: Activity;
    progression?: Progression;
}

/**
 * The weeks in which each strength exercise gets harder, keyed by exercise. Several activities of one exercise in
 * a week are one dose: the highest of each field.
 */
export function strengthRises(schedule: Schedule): Map<Exercise | string, StrengthRise[]> {
    const rises = new Map<Exercise | string, StrengthRise[]>();
    for (let i = 1; i < schedule.weeks.length; i++) {
        const before = schedule.weeks[i - 1],
            now = schedule.weeks[i];
        const seen = new Set<Exercise | string>();
        for (const current of now.activities) {
            if (current.kind !== 'strength') continue;
            const key = exerciseKey(current);
            if (seen.has(key)) continue;
            seen.add(key);
            const ofKey = (a: ActivityWeek) => a.kind === 'strength' && exerciseKey(a) === key;
            const doses = now.activities.filter(ofKey);
            const prev = highest(before.activities.filter(ofKey));
            const cur = highest(doses);
            if (!prev || !cur || !doseRises(prev, cur)) continue;
            const cause = causeOfRise(doses, before.activities, now.week);
            const list = rises.get(key) ?? [];
            list.push({ week: now.week, ...cause });
            rises.set(key, list);
        }
    }
    return rises;
}

/** The exercise a weekly dose is of: its definition, or the written id when it did not link. */
function exerciseKey(a: ActivityWeek): Exercise | string {
    return a.exercise ?? `?${a.activity.exercise?.$refText ?? ''}`;
}

function highest(list: ActivityWeek[]): ActivityWeek | undefined {
    if (list.length <= 1) return list[0];
    const result: ActivityWeek = { ...list[0] };
    for (const a of list.slice(1)) {
        for (const field of DOSE_FIELDS) {
            const v = a[field];
            const current = result[field];
            if (v !== undefined && (current === undefined || v > current)) result[field] = v;
        }
    }
    return result;
}

/** The progression that stepped this week, or else the activity that is new in it (a phase's first week). */
function causeOfRise(now: ActivityWeek[], before: ActivityWeek[], week: number): { activity: Activity; progression?: Progression } {
    for (const a of now) {
        const continuing = before.some(b => b.activity === a.activity);
        if (!continuing) continue;
        const offset = week - (a.phase.from ?? week);
        const stepped = a.activity.progressions.find(p => p.sign === '+' && offset > 0 && offset % (p.weeks ?? 1) === 0);
        if (stepped) return { activity: a.activity, progression: stepped };
    }
    const fresh = now.find(a => !before.some(b => b.activity === a.activity)) ?? now[0];
    return { activity: fresh.activity };
}
