import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import type { Activity, History, Phase, Quantity, RehabAstType, SetsReps, StartDate, TimesPer } from '../generated/ast.js';
import { isActivity, isAtWeeks, isAvoid, isDuration, isHistory, isSetsHold, isSymptomsFor, isTreatedFor } from '../generated/ast.js';
import { activityBuiltin, activityKind, isValidDate, spanWeeks } from '../plan/plan-queries.js';
import { phaseEnd } from '../schedule/schedule.js';
import { formatNumber } from '../schedule/quantities.js';
import { removeAvoidWord } from '../fixes/plan-fixes.js';
import { RuleFamily } from './rule-family.js';

/**
 * RP006 for the v2 facts (ranges written backwards or where one value is meant, an impossible `start`, a
 * `history` time out of range), RP009 for a procedure outside its phase, RP011 (a phase does what it avoids)
 * and RP012 (more treatment than symptoms).
 */
export class GenericPlanFactsValidator extends RuleFamily {
    checks(): ValidationChecks<RehabAstType> {
        return {
            SetsReps: this.checkRepsRangeRunsForwards,
            TimesPer: this.checkTimesRangeRunsForwards,
            Quantity: this.checkQuantityRangeRunsForwardsWhereARangeIsTaken,
            StartDate: this.checkStartIsACalendarDate,
            History: [this.checkHistoryTimesAreInRange, this.checkTreatmentIsNoLongerThanTheSymptoms],
            Activity: this.checkProcedureWeeksAreInsideTheirPhase,
            Phase: this.checkPhaseDoesNotDoWhatItAvoids
        };
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
        const date = `${start.year}-${String(start.month).padStart(2, '0')}-${String(start.day).padStart(2, '0')}`;
        this.report(accept, 'RP006', { node: start, keyword: 'start', variant: 'date', args: { date } });
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

    checkTreatmentIsNoLongerThanTheSymptoms(history: History, accept: ValidationAcceptor): void {
        const plan = history.$container;
        const facts = plan.members.filter(isHistory).flatMap(h => h.facts);
        const symptoms = facts.filter(isSymptomsFor).at(-1),
            treated = facts.filter(isTreatedFor).at(-1);
        // Said once, on the history block that holds the treatment line.
        if (!symptoms || !treated || treated.$container !== history) return;
        const s = spanWeeks(symptoms.span),
            t = spanWeeks(treated.span);
        if (s === undefined || t === undefined || t <= s) return;
        this.report(accept, 'RP012', { node: treated, property: 'span', args: { treated: t, symptoms: s } });
    }

    checkProcedureWeeksAreInsideTheirPhase(activity: Activity, accept: ValidationAcceptor): void {
        const dose = activity.dose;
        if (!isAtWeeks(dose)) return;
        const phase = activity.$container;
        const from = phase.from,
            to = phaseEnd(phase);
        if (from === undefined || to === undefined || to < from) return;
        const last = this.contextOf(activity)?.schedule.lastWeek ?? 0;
        dose.weeks.forEach((week, index) => {
            // Outside the whole plan is the plain RP009; inside the plan but outside this phase is the v2 variant.
            if (week < 1 || (last > 0 && week > last)) return;
            if (week < from || week > to) {
                this.report(accept, 'RP009', {
                    node: dose,
                    property: 'weeks',
                    index,
                    variant: 'phase',
                    args: { week, phase: phase.name, from, to }
                });
            }
        });
    }

    checkPhaseDoesNotDoWhatItAvoids(phase: Phase, accept: ValidationAcceptor): void {
        const avoids = phase.members.filter(isAvoid);
        if (avoids.length === 0) return;
        const activities = phase.members.filter(isActivity);
        for (const avoid of avoids) {
            avoid.items.forEach((word, index) => {
                const doing = activities.find(a => doesWhat(a, word));
                if (!doing) return;
                this.report(accept, 'RP011', {
                    node: doing,
                    property: doing.surface === word ? 'surface' : 'exercise',
                    args: { phase: phase.name, word },
                    fix: { title: this.fixTitle(phase, 'RP011', { word }), edits: removeAvoidWord(avoid, index) }
                });
            });
        }
    }

    private backwards(accept: ValidationAcceptor, node: AstNode, property: string, from: number, to: number): void {
        this.report(accept, 'RP006', { node, property, variant: 'backwards', args: { from: formatNumber(from), to: formatNumber(to) } });
    }
}

/** An activity is what `avoid X` names: its exercise id, the built-in it is judged as, its kind or its surface. */
function doesWhat(activity: Activity, word: string): boolean {
    const id = activity.exercise?.ref?.name ?? activity.exercise?.$refText;
    return id === word || activityBuiltin(activity) === word || activityKind(activity) === word || activity.surface === word;
}
