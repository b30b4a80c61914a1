import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Activity, Plan, RehabAstType } from '../generated/ast.js';
import { isAtWeeks } from '../generated/ast.js';
import { phasesOf } from '../schedule/schedule.js';
import { exerciseName } from './running-validator.js';
import { RuleFamily } from './rule-family.js';

/** Procedures the guide holds back until a course of basic treatment has failed: rule and threshold key. */
const TIMED_PROCEDURES = new Map<string, [string, string]>([
    ['corticosteroid-injection', ['PF051', 'injectionFromWeek']],
    ['shockwave', ['PF052', 'shockwaveFromWeek']],
    ['surgery', ['PF053', 'surgeryFromWeek']]
]);

interface ProcedureWeek { activity: Activity; week: number; index?: number }

/** The weeks a procedure is done: its `at week` list, or else its phase's first week (as the schedule does). */
function procedureWeeks(activity: Activity): ProcedureWeek[] {
    if (isAtWeeks(activity.dose)) return activity.dose.weeks.map((week, index) => ({ activity, week, index }));
    const from = activity.$container.from;
    return from === undefined ? [] : [{ activity, week: from }];
}

/** PF050-PF054: injections, shockwave, surgery and medication only when and as often as the guide allows. */
export class ProceduresValidator extends RuleFamily {
    protected override readonly profileId = 'plantar-fasciitis';

    checks(): ValidationChecks<RehabAstType> {
        return {
            Plan: this.checkAtMostTwoInjections,
            Activity: [this.checkProceduresWaitForTheirWeek, this.checkNsaidIsFlagged]
        };
    }

    checkAtMostTwoInjections(plan: Plan, accept: ValidationAcceptor): void {
        const injections = phasesOf(plan)
            .flatMap(p => p.members.filter((m): m is Activity => m.$type === 'Activity' && exerciseName(m) === 'corticosteroid-injection'))
            .flatMap(procedureWeeks)
            .sort((a, b) => a.week - b.week);
        const max = this.limit(plan, 'maxInjections');
        // Every injection beyond the allowed number is reported where it is written, counted in time order.
        injections.slice(max).forEach((injection, i) => this.report(accept, 'PF050', {
            ...this.at(injection), args: { count: max + i + 1 }
        }));
    }

    checkProceduresWaitForTheirWeek(activity: Activity, accept: ValidationAcceptor): void {
        const rule = TIMED_PROCEDURES.get(exerciseName(activity) ?? '');
        if (!rule) return;
        const [id, key] = rule;
        const from = this.limit(activity, key);
        for (const p of procedureWeeks(activity)) {
            if (p.week < from) this.report(accept, id, { ...this.at(p), args: { week: p.week } });
        }
    }

    checkNsaidIsFlagged(activity: Activity, accept: ValidationAcceptor): void {
        if (exerciseName(activity) === 'nsaid') this.report(accept, 'PF054', { node: activity, property: 'exercise' });
    }

    private at(p: ProcedureWeek) {
        return p.index !== undefined && isAtWeeks(p.activity.dose)
            ? { node: p.activity.dose, property: 'weeks', index: p.index }
            : { node: p.activity, property: 'exercise' };
    }
}
