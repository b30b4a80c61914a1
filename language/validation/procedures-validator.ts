import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Activity, Plan, RehabAstType } from '../generated/ast.js';
import { isAtWeeks } from '../generated/ast.js';
import { phasesOf, procedureWeeks } from '../schedule/schedule.js';
import { clockWeek } from '../plan/plan-queries.js';
import { RuleFamily } from './rule-family.js';
import { activityBuiltin } from '../plan/plan-queries.js';
import { clockWords } from '../rules/message-phrases.js';

/** Procedures the guide holds back until a course of basic treatment has failed: rule and threshold key. */
const TIMED_PROCEDURES = new Map<string, [string, string, 'course' | 'treatment']>([
    ['corticosteroid-injection', ['PF051', 'injectionFromWeek', 'course']],
    ['shockwave', ['PF052', 'shockwaveFromWeek', 'treatment']],
    ['surgery', ['PF053', 'surgeryFromWeek', 'treatment']]
]);

interface ProcedureWeek {
    activity: Activity;
    week: number;
    index?: number;
}

/** Each session of a procedure, as the schedule counts them; `index` points into an `at week` list. */
function procedureSessions(activity: Activity): ProcedureWeek[] {
    const atWeeks = isAtWeeks(activity.dose);
    return procedureWeeks(activity).map((week, index) => ({ activity, week, index: atWeeks ? index : undefined }));
}

/** PF050-PF054: injections, shockwave, surgery and medication only when and as often as the guide allows. */
export class ProceduresValidator extends RuleFamily {
    override readonly owns = ['PF050', 'PF051', 'PF052', 'PF053', 'PF054'];
    protected override readonly profileId = 'plantar-fasciitis';

    checks(): ValidationChecks<RehabAstType> {
        return {
            Plan: this.checkAtMostTwoInjections,
            Activity: [this.checkProceduresWaitForTheirWeek, this.checkNsaidIsFlagged]
        };
    }

    checkAtMostTwoInjections(plan: Plan, accept: ValidationAcceptor): void {
        const injections = phasesOf(plan)
            .flatMap(p =>
                p.members.filter((m): m is Activity => m.$type === 'Activity' && activityBuiltin(m) === 'corticosteroid-injection')
            )
            .flatMap(procedureSessions)
            .sort((a, b) => a.week - b.week);
        const max = this.limit(plan, 'maxInjections');
        // Every injection beyond the allowed number is reported where it is written, counted in time order;
        // a series written with a frequency is one line, so it is reported once, at its first excess injection.
        const reported = new Set<Activity>();
        injections.forEach((injection, i) => {
            if (i < max || (injection.index === undefined && reported.has(injection.activity))) return;
            reported.add(injection.activity);
            this.report(accept, 'PF050', { ...this.at(injection), args: { count: i + 1 } });
        });
    }

    checkProceduresWaitForTheirWeek(activity: Activity, accept: ValidationAcceptor): void {
        const rule = TIMED_PROCEDURES.get(activityBuiltin(activity) ?? '');
        if (!rule) return;
        const [id, key, clock] = rule;
        const from = this.limit(activity, key);
        const clocks = this.contextOf(activity)?.clocks ?? { courseOffset: 0, treatmentOffset: 0 };
        // A series written with a frequency starts in its phase's first week: that session is the one judged.
        const sessions = procedureSessions(activity);
        for (const p of isAtWeeks(activity.dose) ? sessions : sessions.slice(0, 1)) {
            const week = clockWeek(clocks, clock, p.week);
            // Without a `history`, the clock may be wrong rather than the week: the message says how to record it.
            const variant = this.contextOf(activity)?.hasHistory ? undefined : 'no-history';
            if (week < from)
                this.report(accept, id, { ...this.at(p), variant, args: { week: p.week, when: clockWords(p.week, week, clock) } });
        }
    }

    checkNsaidIsFlagged(activity: Activity, accept: ValidationAcceptor): void {
        if (activityBuiltin(activity) === 'nsaid') this.report(accept, 'PF054', { node: activity, property: 'exercise' });
    }

    private at(p: ProcedureWeek) {
        return p.index !== undefined && isAtWeeks(p.activity.dose)
            ? { node: p.activity.dose, property: 'weeks', index: p.index }
            : { node: p.activity, property: 'exercise' };
    }
}
