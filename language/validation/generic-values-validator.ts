import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import type {
    Age,
    EveryNDays,
    Exercise,
    FirstStepPainRises,
    History,
    Intervals,
    LanguageSetting,
    Pain,
    PainSettles,
    Phase,
    Progression,
    Quantity,
    RedFlags,
    RehabAstType,
    Rest,
    SetsHold,
    SetsReps,
    Shoes,
    StartDate,
    TimesPer,
    WalkCriterion,
    Weight
} from '../generated/ast.js';
import { isDuration, isSetsHold, isSymptomsFor } from '../generated/ast.js';
import { doseInWeek, MAX_WEEKS, phaseEnd, progressionField } from '../schedule/schedule.js';
import { formatNumber, toSeconds } from '../schedule/quantities.js';
import { phrase, phrases, type Localized, type MessageArg } from '../rules/message-phrases.js';
import { GENERIC_PROFILE, threshold } from '../rules/rule-catalogue.js';
import { isValidDate, spanWeeks } from '../plan/plan-queries.js';
import { RED_FLAG_SYNONYMS, RED_FLAGS } from '../plan/red-flags.js';
import { patientLink } from '../plan/links.js';
import { closeSuggestion } from '../words/suggest.js';
import { RuleFamily } from './rule-family.js';

/** No dose, week or weight in a plan comes near a million; beyond it a number is a typo or an overflow. */
export const MAX_NUMBER = threshold(GENERIC_PROFILE, 'maxNumber');

const LANGUAGES = ['en', 'da'];

/**
 * RP006, every value a plan writes: numbers in range, words from their fixed sets, ranges written forwards and only
 * where a range is taken, real dates, a history that could be, links a patient may follow, steps that move.
 */
export class GenericValuesValidator extends RuleFamily {
    override readonly owns = ['RP006'];

    checks(): ValidationChecks<RehabAstType> {
        return {
            AstNode: this.checkNumbersAreFinite,
            Pain: this.checkPainIsOnTheTenPointScale,
            Age: this.checkAgeIsPlausible,
            Weight: this.checkWeightIsPlausible,
            Phase: this.checkPhaseWeeksAreInRange,
            SetsReps: [this.checkSetsAndRepsArePositive, this.checkRepsRangeRunsForwards],
            SetsHold: this.checkSetsAndHoldArePositive,
            Intervals: this.checkIntervalsArePositive,
            Duration: this.checkDurationIsPositiveTime,
            AtWeeks: this.checkProcedureWeeksAreInRange,
            TimesPer: [this.checkTimesIsPositive, this.checkTimesRangeRunsForwards],
            Quantity: this.checkQuantityRangeRunsForwardsWhereARangeIsTaken,
            EveryNDays: this.checkDayIntervalIsPositive,
            Rest: this.checkRestIsNotNegative,
            Shoes: this.checkShoeDistanceIsPositiveKm,
            PainSettles: this.checkSettleWindowIsPositiveTime,
            WalkCriterion: this.checkWalkTestIsPositiveTime,
            FirstStepPainRises: this.checkPainRiseIsPositive,
            LanguageSetting: this.checkLanguageIsEnglishOrDanish,
            RedFlags: this.checkRedFlagsAreKnownWords,
            Exercise: this.checkLinkIsHttpsOrRelative,
            StartDate: this.checkStartIsACalendarDate,
            History: this.checkHistoryTimesAreInRange,
            Progression: [this.checkProgressionStepIsPositive, this.checkProgressionStaysInRange]
        };
    }

    /**
     * `999…9 x 10 reps` parses as Infinity, and products of huge values overflow in the schedule: no rule could judge
     * such a plan and JSON cannot hold it. No dose, week or weight in a plan comes near a million.
     */
    checkNumbersAreFinite(node: AstNode, accept: ValidationAcceptor): void {
        // Called for every node: a plain loop over the own properties, without per-node allocations.
        const record = node as unknown as Record<string, unknown>;
        for (const property in record) {
            if (property.charCodeAt(0) === 36 /* $ */) continue;
            const value = record[property];
            if (typeof value === 'number') this.reportIfBeyondAMillion(node, property, undefined, value, accept);
            else if (Array.isArray(value))
                for (let index = 0; index < value.length; index++) {
                    const v: unknown = value[index];
                    if (typeof v === 'number') this.reportIfBeyondAMillion(node, property, index, v, accept);
                }
        }
    }

    private reportIfBeyondAMillion(
        node: AstNode,
        property: string,
        index: number | undefined,
        v: number,
        accept: ValidationAcceptor
    ): void {
        if (Math.abs(v) <= MAX_NUMBER) return;
        this.report(accept, 'RP006', {
            node,
            property,
            index,
            args: {
                what: phrase('A number'),
                value: Number.isFinite(v) ? v : phrase('this large'),
                range: phrase('at most 1,000,000')
            }
        });
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

    checkLanguageIsEnglishOrDanish(setting: LanguageSetting, accept: ValidationAcceptor): void {
        if (setting.code && !LANGUAGES.includes(setting.code)) {
            this.report(accept, 'RP006', {
                node: setting,
                property: 'code',
                variant: 'word',
                args: { what: phrase('The language'), value: `'${setting.code}'`, range: phrase('write `language en` or `language da`') }
            });
        }
    }

    checkRedFlagsAreKnownWords(redFlags: RedFlags, accept: ValidationAcceptor): void {
        redFlags.flags.forEach((flag, index) => {
            if (flag === 'none') {
                this.report(accept, 'RP006', {
                    node: redFlags,
                    property: 'flags',
                    index,
                    variant: 'word',
                    args: {
                        what: phrase('Red flag'),
                        value: "'none'",
                        range: phrase('write `red-flags none` alone, or list only the flags found')
                    }
                });
            } else if (!(RED_FLAGS as readonly string[]).includes(flag)) {
                this.report(accept, 'RP006', {
                    node: redFlags,
                    property: 'flags',
                    index,
                    variant: 'word',
                    args: {
                        what: phrase('Red flag'),
                        value: `'${flag}'`,
                        range: phrases.unknownRedFlag(RED_FLAG_SYNONYMS[flag] ?? closeSuggestion(flag, RED_FLAGS), RED_FLAGS)
                    }
                });
            }
        });
    }

    checkLinkIsHttpsOrRelative(exercise: Exercise, accept: ValidationAcceptor): void {
        const link = exercise.link;
        // The same test the handout applies before it makes a link of it.
        if (link === undefined || patientLink(link) !== undefined) return;
        this.report(accept, 'RP006', { node: exercise, property: 'link', variant: 'link', args: { link: JSON.stringify(link) } });
    }

    checkRepsRangeRunsForwards(dose: SetsReps, accept: ValidationAcceptor): void {
        if (dose.repsTo !== undefined && dose.repsTo < dose.reps) this.backwards(accept, dose, 'repsTo', dose.reps, dose.repsTo);
    }

    checkTimesRangeRunsForwards(f: TimesPer, accept: ValidationAcceptor): void {
        if (f.countTo !== undefined && f.count !== undefined && f.countTo < f.count)
            this.backwards(accept, f, 'countTo', f.count, f.countTo);
    }

    checkQuantityRangeRunsForwardsWhereARangeIsTaken(q: Quantity, accept: ValidationAcceptor): void {
        if (q.valueTo === undefined) return;
        const container = q.$container;
        // A dose's time is the only quantity with two ends: a weight, a walking test or a window has one value.
        const taken =
            (isDuration(container) && q.$containerProperty === 'amount') || (isSetsHold(container) && q.$containerProperty === 'hold');
        if (!taken) {
            const text = `${formatNumber(q.value)}-${formatNumber(q.valueTo)} ${q.unit}`;
            this.report(accept, 'RP006', { node: q, property: 'valueTo', variant: 'range', args: { text } });
        } else if (q.valueTo < q.value) {
            this.backwards(accept, q, 'valueTo', q.value, q.valueTo);
        }
    }

    checkStartIsACalendarDate(start: StartDate, accept: ValidationAcceptor): void {
        if (isValidDate({ year: start.year, month: start.month, day: start.day })) return;
        // Quote what was typed; a date written day first (`07-12-2026`) gets the same date the right way round.
        const typed = start.$cstNode?.text.replace(/^start\s*/, '') ?? `${start.year}-${start.month}-${start.day}`;
        const turned = { year: start.day, month: start.month, day: start.year };
        const example = isValidDate(turned) ? `${turned.year}-${pad(turned.month)}-${pad(turned.day)}` : '2027-01-04';
        this.report(accept, 'RP006', { node: start, keyword: 'start', variant: 'date', args: { date: typed, example } });
    }

    checkHistoryTimesAreInRange(history: History, accept: ValidationAcceptor): void {
        for (const fact of history.facts) {
            const weeks = spanWeeks(fact.span);
            const maxYears = this.limit(history, 'maxHistoryYears');
            if (weeks !== undefined && weeks <= maxYears * 52) continue;
            const keyword = isSymptomsFor(fact) ? 'symptoms for' : 'treated for';
            this.report(accept, 'RP006', {
                node: fact,
                property: 'span',
                variant: 'history',
                args: { max: maxYears, line: `${keyword} ${formatNumber(fact.span?.value ?? 0)} ${fact.span?.unit ?? ''}`.trim() }
            });
        }
    }

    private backwards(accept: ValidationAcceptor, node: AstNode, property: string, from: number, to: number): void {
        this.report(accept, 'RP006', { node, property, variant: 'backwards', args: { from: formatNumber(from), to: formatNumber(to) } });
    }

    checkProgressionStepIsPositive(p: Progression, accept: ValidationAcceptor): void {
        if (p.step !== undefined && p.step <= 0)
            this.report(accept, 'RP006', {
                node: p,
                property: 'step',
                args: { what: phrase('A step of'), value: p.step, range: phrase('more than 0') }
            });
        if (p.weeks !== undefined && (p.weeks < 1 || !Number.isInteger(p.weeks))) {
            this.report(accept, 'RP006', {
                node: p,
                property: 'weeks',
                args: { what: phrase('Every'), value: phrases.weeks(p.weeks), range: phrase('a whole number of weeks, 1 or more') }
            });
        }
    }

    /**
     * Compound growth without `until` runs away over a long phase (+100 % a fortnight doubles a 5 kg load to
     * tonnes within a year). The guide gives no ceiling; this catches only what no plan could mean: the
     * number sanity bound RP006 applies to every value written in a plan.
     */
    checkProgressionStaysInRange(p: Progression, accept: ValidationAcceptor): void {
        const activity = p.$container;
        const phase = activity?.$container;
        if (!activity?.dose || phase?.from === undefined || p.limit !== undefined) return;
        const field = progressionField(p.target, doseInWeek(activity, phase, 0));
        const last = Math.max(0, (phaseEnd(phase) ?? phase.from) - phase.from);
        if (!field || !((doseInWeek(activity, phase, last)[field] ?? 0) > MAX_NUMBER)) return;
        let offset = 0;
        while (offset < last && !((doseInWeek(activity, phase, offset)[field] ?? 0) > MAX_NUMBER)) offset++;
        this.report(accept, 'RP006', {
            node: p,
            property: 'step',
            variant: 'growth',
            args: { target: p.target, week: phase.from + offset }
        });
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

function pad(n: number): string {
    return String(n).padStart(2, '0');
}
