import type { Schedule } from '../schedule/schedule.js';
import type { Language } from '../words/dictionary.js';
import { weekDoseWords } from '../words/dose-words.js';
import { exerciseName, frequencyWords } from '../words/plan-words.js';
import type { FollowDose } from './follow-result.js';

/** The doses of a plan week's activities, as the adapted schedule gives them to a calendar week. */
export function dosesOf(schedule: Schedule, planWeek: number, language: Language): FollowDose[] {
    const week = schedule.weeks[planWeek - 1];
    if (!week) return [];
    return week.activities.map(a => {
        const id = a.exercise?.name ?? a.activity.exercise?.$refText ?? '?';
        const dose: FollowDose = {
            activity: id,
            name: exerciseName(a.exercise, id, language),
            phase: a.phase.name ?? '?',
            dose: weekDoseWords(a, language),
            frequency: frequencyWords(a.activity.frequency, language),
            sessionsPerWeek: a.sessionsPerWeek,
            runMinutesPerWeek: a.runMinutesPerWeek,
            strengthVolume: a.strengthVolume
        };
        for (const key of ['sets', 'reps', 'holdSeconds', 'loadKg', 'minutes', 'runMinutesPerSession'] as const) {
            const value = a[key];
            if (typeof value === 'number' && Number.isFinite(value)) dose[key] = value;
        }
        return dose;
    });
}
