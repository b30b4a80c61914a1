import type { Activity, Exercise, Frequency, Phase, Review } from '../generated/ast.js';
import { isAtWeeks, isDuration, isEveryNDays, isEveryOtherDay, isIntervals, isSetsHold, isSetsReps, isTimesPer } from '../generated/ast.js';
import { toMinutes } from '../schedule/quantities.js';
import { phaseEnd, procedureWeeks } from '../schedule/schedule.js';
import { complexExt, ext, fhirId, FHIR_BASE, pascalName, quantity, weeks, type Json } from './fhir-elements.js';
import type { Language } from '../words/dictionary.js';
import { doseWords } from '../words/dose-words.js';
import { exerciseCue, exerciseName, frequencyWords } from '../words/plan-words.js';
import { activityText, progressionText } from '../words/rehab-source.js';
import { activityKind, exerciseKind } from '../plan/plan-queries.js';

/* PlanDefinition actions for activities, procedures and reviews, and the ActivityDefinitions they point to. */

export function exerciseId(activity: Activity): string {
    return activity.exercise?.ref?.name ?? activity.exercise?.$refText ?? 'unknown';
}

export function activityDefinitionId(planName: string, exerciseName: string): string {
    return fhirId(planName, exerciseName);
}

export function activityDefinitionUrl(id: string): string {
    return `${FHIR_BASE}/ActivityDefinition/${id}`;
}

export function isProcedure(activity: Activity): boolean {
    return isAtWeeks(activity.dose) || activityKind(activity) === 'procedure';
}

/** Which request resource an ActivityDefinition (and a CarePlan activity) would create. */
export function requestKind(exercise: Exercise | undefined): string {
    switch (exerciseKind(exercise)) {
        case 'medication':
            return 'MedicationRequest';
        case 'support':
            return 'DeviceRequest';
        default:
            return 'ServiceRequest';
    }
}

export function activityDefinition(planName: string, name: string, exercise: Exercise | undefined, lang: Language): Json {
    const id = activityDefinitionId(planName, name);
    const title = exerciseName(exercise, name, lang);
    return {
        resourceType: 'ActivityDefinition',
        id,
        extension: [ext('exercise-kind', 'valueCode', exerciseKind(exercise))],
        url: activityDefinitionUrl(id),
        name: pascalName(name),
        title,
        status: 'draft',
        description: exerciseCue(exercise, lang),
        usage: exercise?.targets,
        kind: requestKind(exercise),
        code: { coding: [{ system: `${FHIR_BASE}/CodeSystem/exercise`, code: name, display: title }], text: title }
    };
}

/** FHIR Timing for a frequency; a frequency FHIR can't count (0, fractions) is kept as text only. */
export function timing(activity: Activity, phase: Phase | undefined, lang: Language): Json {
    const repeat: Json = {};
    const f: Frequency | undefined = activity.frequency;
    if (phase) {
        const length = (phaseEnd(phase) ?? phase.from) - phase.from + 1;
        if (length > 0) repeat.boundsDuration = weeks(length);
    }
    const counted = countedFrequency(f);
    if (counted) Object.assign(repeat, counted);
    const minutes = sessionMinutes(activity);
    if (minutes !== undefined) Object.assign(repeat, { duration: minutes, durationUnit: 'min' });
    const text = frequencyWords(f, lang) || undefined;
    return { repeat, code: f && !counted && text ? { text } : undefined };
}

function countedFrequency(f: Frequency | undefined): Json | undefined {
    if (isTimesPer(f)) {
        const count = f.count ?? (f.word === 'twice' ? 2 : 1);
        if (!Number.isInteger(count) || count < 1) return undefined;
        return { frequency: count, period: 1, periodUnit: f.per === 'daily' ? 'd' : 'wk' };
    }
    if (isEveryOtherDay(f)) return { frequency: 1, period: 2, periodUnit: 'd' };
    if (isEveryNDays(f) && f.days > 0) return { frequency: 1, period: f.days, periodUnit: 'd' };
    return undefined;
}

function sessionMinutes(activity: Activity): number | undefined {
    const dose = activity.dose;
    if (isDuration(dose)) return toMinutes(dose.amount);
    if (isIntervals(dose)) {
        const run = toMinutes(dose.run),
            walk = toMinutes(dose.walk);
        return run !== undefined && walk !== undefined ? dose.repeats * (run + walk) : undefined;
    }
    return undefined;
}

/** Sets, reps, hold, tempo, load, intervals and progressions: what Timing and ActivityDefinition can't say. */
export function doseExtensions(activity: Activity): Array<Json | undefined> {
    const dose = activity.dose;
    const out: Array<Json | undefined> = [];
    if (isSetsReps(dose)) {
        out.push(ext('dose-sets', 'valueDecimal', dose.sets), ext('dose-reps', 'valueDecimal', dose.reps));
        if (dose.up !== undefined) out.push(ext('dose-tempo', 'valueString', `${dose.up}-${dose.pause ?? 0}-${dose.down ?? 0}`));
        out.push(ext('dose-load', 'valueQuantity', quantity(dose.load?.value, dose.load?.unit)));
    } else if (isSetsHold(dose)) {
        out.push(
            ext('dose-sets', 'valueDecimal', dose.sets),
            ext('dose-hold', 'valueQuantity', quantity(dose.hold?.value, dose.hold?.unit))
        );
    } else if (isIntervals(dose)) {
        out.push(
            complexExt('dose-intervals', [
                ['repeats', 'valueDecimal', dose.repeats],
                ['run', 'valueQuantity', quantity(dose.run?.value, dose.run?.unit)],
                ['walk', 'valueQuantity', quantity(dose.walk?.value, dose.walk?.unit)]
            ])
        );
    } else if (isDuration(dose) && toMinutes(dose.amount) === undefined) {
        // A duration in a unit Timing can't take (e.g. `5 km`) is still kept.
        out.push(ext('dose-amount', 'valueQuantity', quantity(dose.amount?.value, dose.amount?.unit)));
    }
    for (const p of activity.progressions) {
        out.push(
            complexExt('progression', [
                ['target', 'valueCode', p.target],
                ['step', 'valueDecimal', p.step === undefined ? undefined : p.sign === '-' ? -p.step : p.step],
                ['unit', 'valueCode', p.unit],
                ['everyWeeks', 'valueDecimal', p.weeks ?? 1],
                ['until', 'valueDecimal', p.limit],
                ['untilUnit', 'valueCode', p.limitUnit],
                ['rehab', 'valueString', progressionText(p)]
            ])
        );
    }
    for (const r of activity.rests) out.push(ext('rest-days', 'valueDecimal', r.days));
    out.push(ext('surface', 'valueCode', activity.surface));
    return out;
}

export function activityAction(planName: string, phase: Phase, activity: Activity, actionId: string, lang: Language): Json {
    const name = exerciseId(activity);
    const exercise = activity.exercise?.ref;
    const procedure = isProcedure(activity);
    // A procedure's sessions as the schedule counts them: its `at week` list, a series by frequency, or once.
    const atWeeks = isAtWeeks(activity.dose) ? activity.dose.weeks : procedure ? procedureWeeks(activity) : [];
    const description = procedure
        ? [doseWords(isAtWeeks(activity.dose) ? activity.dose : undefined, lang), frequencyWords(activity.frequency, lang)]
              .filter(Boolean)
              .join(', ') || undefined
        : [doseWords(activity.dose, lang), frequencyWords(activity.frequency, lang)].filter(Boolean).join(', ');
    return {
        id: actionId,
        extension: [...doseExtensions(activity), ...atWeeks.map(w => ext('at-week', 'valueDecimal', w))],
        title: exerciseName(exercise, name, lang),
        description,
        textEquivalent: activityText(activity),
        timingTiming: procedure ? undefined : timing(activity, phase, lang),
        definitionCanonical: activityDefinitionUrl(activityDefinitionId(planName, name))
    };
}

export function reviewAction(review: Review, actionId: string): Json {
    return {
        id: actionId,
        extension: [ext('at-week', 'valueDecimal', review.week)],
        title: `Review at week ${review.week}`,
        description: review.note,
        textEquivalent: `review at week ${review.week}${review.note ? ` ${JSON.stringify(review.note)}` : ''}`
    };
}
