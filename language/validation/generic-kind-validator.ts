import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Activity, Dose, Exercise, ExerciseKind, RehabAstType } from '../generated/ast.js';
import { isDuration } from '../generated/ast.js';
import { phrase, type Localized } from '../rules/message-phrases.js';
import { exerciseKind, isBuiltinExercise, variantBase } from '../plan/plan-queries.js';
import { RuleFamily } from './rule-family.js';

/** Which dose forms fit which exercise kinds; `at week` belongs to procedures alone. */
const DOSE_FITS: Record<Dose['$type'], readonly ExerciseKind[]> = {
    SetsReps: ['strength', 'balance', 'mobility', 'stretch', 'jumping'],
    SetsHold: ['stretch', 'strength', 'balance', 'mobility', 'jumping'],
    Intervals: ['running', 'walking'],
    Duration: ['stretch', 'strength', 'balance', 'mobility', 'cardio', 'walking', 'running', 'modality', 'support', 'jumping'],
    AtWeeks: ['procedure']
};

const DOSE_WORDS: Record<Dose['$type'], Localized> = {
    SetsReps: phrase('sets x reps'),
    SetsHold: phrase('sets x hold'),
    Intervals: phrase('run/walk intervals'),
    Duration: phrase('duration'),
    AtWeeks: phrase('`at week`')
};

const KIND_HINTS: Partial<Record<ExerciseKind, Localized>> = {
    procedure: phrase('give the weeks it is done, e.g. `at week 14`'),
    medication: phrase('give only a frequency, e.g. `daily`'),
    modality: phrase('give minutes, e.g. `15 min, 2 times daily`'),
    support: phrase('give a frequency or a wearing time, e.g. `daily`'),
    cardio: phrase('give minutes, e.g. `30 min, 2 times weekly`'),
    running: phrase('give minutes or intervals, e.g. `10 x (1 min run + 2 min walk)`'),
    walking: phrase('give minutes, e.g. `30 min`')
};

/** RP007: a dose that fits the exercise's kind, and a user exercise whose kind is known and agrees with its `like`. */
export class GenericKindValidator extends RuleFamily {
    override readonly owns = ['RP007'];

    checks(): ValidationChecks<RehabAstType> {
        return {
            Activity: this.checkDoseFitsTheExerciseKind,
            Exercise: this.checkExerciseHasAKindOrABase
        };
    }

    checkDoseFitsTheExerciseKind(activity: Activity, accept: ValidationAcceptor): void {
        const exercise = activity.exercise?.ref;
        const kind = exerciseKind(exercise);
        const dose = activity.dose;
        if (!dose || !kind) return;
        const unitMisfit = isDuration(dose) && (dose.amount?.unit === 'kg' || dose.amount?.unit === '%');
        if (!DOSE_FITS[dose.$type].includes(kind) || unitMisfit) {
            this.report(accept, 'RP007', {
                node: activity,
                property: 'dose',
                args: {
                    dose: unitMisfit ? `${dose.amount.unit}` : DOSE_WORDS[dose.$type],
                    exercise: exercise!.name,
                    kind,
                    hint: KIND_HINTS[kind] ?? phrase('use sets x reps or sets x hold')
                }
            });
        }
    }

    checkExerciseHasAKindOrABase(exercise: Exercise, accept: ValidationAcceptor): void {
        if (isBuiltinExercise(exercise)) return;
        const base = variantBase(exercise);
        if (exercise.base) {
            // An unknown base is a `reference` error already; a kind other than the base's contradicts `like`.
            if (base && exercise.kind && exercise.kind !== base.kind) {
                this.report(accept, 'RP007', {
                    node: exercise,
                    property: 'kind',
                    variant: 'variant-kind',
                    args: { exercise: exercise.name, base: base.name, base_kind: base.kind ?? '?', kind: exercise.kind }
                });
            }
            return;
        }
        if (!exercise.kind)
            this.report(accept, 'RP007', { node: exercise, property: 'name', variant: 'no-kind', args: { exercise: exercise.name } });
    }
}
