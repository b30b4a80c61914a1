import type { Schedule } from '../schedule/schedule.js';
import type { Language } from '../words/dictionary.js';
import { patientDose } from '../render/patient-doses.js';
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
            // The same words and whole seconds as the handout's week table, not decimal minutes.
            dose: patientDose(a, language),
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
