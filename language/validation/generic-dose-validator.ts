import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import type {
    Activity,
    Age,
    Dose,
    EveryNDays,
    ExerciseKind,
    FirstStepPainRises,
    Intervals,
    Pain,
    PainSettles,
    Phase,
    Quantity,
    RehabAstType,
    Rest,
    SetsHold,
    SetsReps,
    Shoes,
    TimesPer,
    WalkCriterion,
    Weight
} from '../generated/ast.js';
import { isDuration } from '../generated/ast.js';
import { MAX_WEEKS } from '../schedule/schedule.js';
import { toSeconds } from '../schedule/quantities.js';
import { phrase, phrases, type Localized, type MessageArg } from '../rules/message-phrases.js';
import { RuleFamily } from './rule-family.js';
import { GENERIC_PROFILE, threshold } from '../rules/rule-catalogue.js';
import { exerciseKind } from '../plan/plan-queries.js';

/** No dose, week or weight in a plan comes near a million; beyond it a number is a typo or an overflow. */
export const MAX_NUMBER = threshold(GENERIC_PROFILE, 'maxNumber');

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

/** RP006-RP007: values in range and doses that fit their exercise (progressions: generic-progression-validator). */
export class GenericDoseValidator extends RuleFamily {
    checks(): ValidationChecks<RehabAstType> {
        return {
            AstNode: this.checkNumbersAreFinite,
            Pain: this.checkPainIsOnTheTenPointScale,
            Age: this.checkAgeIsPlausible,
            Weight: this.checkWeightIsPlausible,
            Phase: this.checkPhaseWeeksAreInRange,
            SetsReps: this.checkSetsAndRepsArePositive,
            SetsHold: this.checkSetsAndHoldArePositive,
            Intervals: this.checkIntervalsArePositive,
            Duration: this.checkDurationIsPositiveTime,
            AtWeeks: this.checkProcedureWeeksAreInRange,
            TimesPer: this.checkTimesIsPositive,
            EveryNDays: this.checkDayIntervalIsPositive,
            Rest: this.checkRestIsNotNegative,
            Shoes: this.checkShoeDistanceIsPositiveKm,
            PainSettles: this.checkSettleWindowIsPositiveTime,
            WalkCriterion: this.checkWalkTestIsPositiveTime,
            FirstStepPainRises: this.checkPainRiseIsPositive,
            Activity: this.checkDoseFitsTheExerciseKind
        };
    }

    /**
     * `999…9 x 10 reps` parses as Infinity, and products of huge values overflow in the schedule: no rule could judge
     * such a plan and JSON cannot hold it. No dose, week or weight in a plan comes near a million.
     */
    checkNumbersAreFinite(node: AstNode, accept: ValidationAcceptor): void {
        for (const [property, value] of Object.entries(node)) {
            if (property.startsWith('$')) continue;
            const values = Array.isArray(value) ? value : [value];
            values.forEach((v, index) => {
                if (typeof v === 'number' && !(Math.abs(v) <= MAX_NUMBER)) {
                    this.report(accept, 'RP006', {
                        node,
                        property,
                        index: Array.isArray(value) ? index : undefined,
                        args: {
                            what: phrase('A number'),
                            value: Number.isFinite(v) ? v : phrase('this large'),
                            range: phrase('at most 1,000,000')
                        }
                    });
                }
            });
        }
    }

    checkPainIsOnTheTenPointScale(pain: Pain, accept: ValidationAcceptor): void {
        if (beyondAMillion(pain.value) || beyondAMillion(pain.scale)) return; // checkNumbersAreFinite says it once
        if (pain.scale !== undefined && pain.scale !== 10)
            this.outOfRange(
                accept,
                pain,
                'scale',
                phrase('The pain scale'),
                `/${pain.scale}`,
                phrase('pain is scored out of 10, e.g. 3/10')
            );
        else if (pain.value < 0 || pain.value > this.limit(pain, 'maxPain'))
            this.outOfRange(accept, pain, 'value', phrase('Pain'), `${pain.value}/10`, phrase('pain runs from 0/10 to 10/10'));
    }

    checkAgeIsPlausible(age: Age, accept: ValidationAcceptor): void {
        const max = this.limit(age, 'maxAge');
        if (age.value < 0 || age.value > max) this.outOfRange(accept, age, 'value', phrase('Age'), age.value, phrases.ageRange(max));
    }

    checkWeightIsPlausible(weight: Weight, accept: ValidationAcceptor): void {
        const q = weight.amount;
        if (beyondAMillion(q?.value)) return; // checkNumbersAreFinite says it once
        const max = this.limit(weight, 'maxWeightKg');
        if (q && (q.unit !== 'kg' || q.value <= 0 || q.value > max))
            this.outOfRange(accept, weight, 'amount', phrase('Weight'), `${q.value} ${q.unit}`, phrases.weightRange(max));
    }

    checkPhaseWeeksAreInRange(phase: Phase, accept: ValidationAcceptor): void {
        for (const property of ['from', 'to'] as const) {
            const week = phase[property];
            if (week !== undefined && (week < 1 || week > MAX_WEEKS || !Number.isInteger(week))) {
                this.outOfRange(accept, phase, property, phrase('Week'), week, phrases.weeksFromOneTo(MAX_WEEKS));
            }
        }
    }

    checkSetsAndRepsArePositive(dose: SetsReps, accept: ValidationAcceptor): void {
        this.positiveCount(accept, dose, 'sets', phrase('Sets'), dose.sets);
        this.positiveCount(accept, dose, 'reps', phrase('Reps'), dose.reps);
        if (dose.load && (dose.load.unit !== 'kg' || dose.load.value <= 0))
            this.outOfRange(
                accept,
                dose,
                'load',
                phrase('Load'),
                `${dose.load.value} ${dose.load.unit}`,
                phrase('a positive weight in kg')
            );
    }

    checkSetsAndHoldArePositive(dose: SetsHold, accept: ValidationAcceptor): void {
        this.positiveCount(accept, dose, 'sets', phrase('Sets'), dose.sets);
        this.positiveTime(accept, dose, 'hold', phrase('A hold of'), dose.hold);
    }

    checkIntervalsArePositive(dose: Intervals, accept: ValidationAcceptor): void {
        this.positiveCount(accept, dose, 'repeats', phrase('Repeats'), dose.repeats);
        this.positiveTime(accept, dose, 'run', phrase('A run of'), dose.run);
        this.positiveTime(accept, dose, 'walk', phrase('A walk of'), dose.walk);
    }

    checkDurationIsPositiveTime(dose: RehabAstType['Duration'], accept: ValidationAcceptor): void {
        const q = dose.amount;
        if (!q) return;
        if (q.unit === 'km' && q.value > 0) return;
        if (q.unit === 'kg' || q.unit === '%') return; // not a duration at all: RP007 says so on the activity
        this.positiveTime(accept, dose, 'amount', phrase('A duration of'), q);
    }

    checkProcedureWeeksAreInRange(dose: RehabAstType['AtWeeks'], accept: ValidationAcceptor): void {
        dose.weeks.forEach((week, index) => {
            if (week < 1 || week > MAX_WEEKS || !Number.isInteger(week))
                this.outOfRange(accept, dose, 'weeks', phrase('Week'), week, phrases.weeksFromOneTo(MAX_WEEKS), index);
        });
    }

    checkTimesIsPositive(f: TimesPer, accept: ValidationAcceptor): void {
        if (f.count !== undefined) this.positiveCount(accept, f, 'count', phrase('Times'), f.count);
    }

    checkDayIntervalIsPositive(f: EveryNDays, accept: ValidationAcceptor): void {
        this.positiveCount(accept, f, 'days', phrase('Every … days'), f.days);
        // `every 0.5 days` is twice daily, said the wrong way; a fraction near zero would mean millions of sessions.
        if (f.days > 0 && f.days < 1)
            this.outOfRange(
                accept,
                f,
                'days',
                phrase('Every … days'),
                f.days,
                phrase('1 day or more; write more often as `N times daily`')
            );
    }

    checkRestIsNotNegative(rest: Rest, accept: ValidationAcceptor): void {
        if (rest.days < 0) this.outOfRange(accept, rest, 'days', phrase('Rest'), phrases.days(rest.days), phrase('0 days or more'));
    }

    checkShoeDistanceIsPositiveKm(shoes: Shoes, accept: ValidationAcceptor): void {
        const q = shoes.distance;
        if (q && (q.unit !== 'km' || q.value <= 0))
            this.outOfRange(
                accept,
                shoes,
                'distance',
                phrase('Shoe distance'),
                `${q.value} ${q.unit}`,
                phrase('a positive distance in km')
            );
    }

    checkSettleWindowIsPositiveTime(rule: PainSettles, accept: ValidationAcceptor): void {
        this.positiveTime(accept, rule, 'window', phrase('A window of'), rule.window);
    }

    checkWalkTestIsPositiveTime(c: WalkCriterion, accept: ValidationAcceptor): void {
        this.positiveTime(accept, c, 'duration', phrase('A walk of'), c.duration);
    }

    checkPainRiseIsPositive(rise: FirstStepPainRises, accept: ValidationAcceptor): void {
        if (rise.points !== undefined && (rise.points <= 0 || rise.points > this.limit(rise, 'maxPain')))
            this.outOfRange(accept, rise, 'points', phrase('A rise of'), phrases.points(rise.points), phrase('1 to 10 points'));
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

    private positiveCount(
        accept: ValidationAcceptor,
        node: AstNode,
        property: string,
        what: Localized,
        value: number | undefined,
        index?: number
    ): void {
        if (value !== undefined && value <= 0) this.outOfRange(accept, node, property, what, value, phrase('more than 0'), index);
    }

    private positiveTime(accept: ValidationAcceptor, node: AstNode, property: string, what: Localized, q: Quantity | undefined): void {
        if (!q) return;
        const seconds = toSeconds(q);
        if (seconds === undefined || seconds <= 0)
            this.outOfRange(accept, node, property, what, `${q.value} ${q.unit}`, phrase('a positive time in s, min or h'));
    }

    private outOfRange(
        accept: ValidationAcceptor,
        node: AstNode,
        property: string,
        what: Localized,
        value: MessageArg,
        range: Localized,
        index?: number
    ): void {
        // A number beyond a million is reported once, by checkNumbersAreFinite, not again as an implausible age.
        if (typeof value === 'number' && !(Math.abs(value) <= MAX_NUMBER)) return;
        this.report(accept, 'RP006', { node, property, index, args: { what, value, range } });
    }
}

function beyondAMillion(n: number | undefined): boolean {
    return typeof n === 'number' && !(Math.abs(n) <= MAX_NUMBER);
}
