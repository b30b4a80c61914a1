import { GrammarUtils, type AstNode, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { Activity, Allow, Condition, Entry, Phase, Plan, RehabAstType, Review } from '../generated/ast.js';
import { isAtWeeks, isExercise, isPatient, isPhase, isWeekCriterion } from '../generated/ast.js';
import { phaseEnd, phasesOf } from '../schedule/schedule.js';
import { appendToNode } from '../fixes/text-edits.js';
import { isValidReason } from '../rules/rule-reporter.js';
import { phrase, type Localized } from '../rules/message-phrases.js';
import { RuleFamily } from './rule-family.js';

/**
 * Plan lines that can only say one thing, by AST type, with the keyword that starts them. Two `patient`
 * or `monitor` blocks are fine (their lines add up); two conditions or languages contradict each other.
 */
const SINGLE_PLAN_SETTINGS: Record<string, string> = { Condition: 'condition', LanguageSetting: 'language' };
const SINGLE_PATIENT_FACTS: Record<string, string> = {
    Age: 'age',
    Weight: 'weight',
    Side: 'side',
    RedFlags: 'red-flags',
    Diabetes: 'diabetes'
};

/** RP001-RP005 and RP009: the plan's structure, names, condition, overrides and weeks. */
export class GenericStructureValidator extends RuleFamily {
    override readonly owns = ['RP001', 'RP002', 'RP003', 'RP004', 'RP005', 'RP009'];
    checks(): ValidationChecks<RehabAstType> {
        return {
            Plan: [
                this.checkPhasesDoNotOverlapOrRunBackwards,
                this.checkPhasesLeaveNoGap,
                this.checkIdsAreUnique,
                this.checkPlanSettingsAreWrittenOnce,
                this.checkPatientFactsAreWrittenOnce
            ],
            Condition: this.checkConditionIsKnown,
            Allow: this.checkAllowNamesARuleAndAReason,
            Review: this.checkReviewIsInsideThePlan,
            Entry: this.checkEntryWeekIsInsideThePlan,
            Activity: [this.checkProcedureWeeksAreInsideThePlan, this.checkProcedureWeeksAreInsideTheirPhase]
        };
    }

    checkPhasesDoNotOverlapOrRunBackwards(plan: Plan, accept: ValidationAcceptor): void {
        const phases = phasesOf(plan);
        for (const phase of phases) {
            if (phase.to !== undefined && phase.to < phase.from) {
                this.report(accept, 'RP001', {
                    node: phase,
                    property: 'to',
                    variant: 'backwards',
                    args: { phase: phase.name, from: phase.from, to: phase.to }
                });
            }
        }
        // Sweep in start order: each phase is compared with the furthest-reaching phase before it.
        const sorted = phases.filter(p => phaseEnd(p) >= p.from).sort((a, b) => a.from - b.from);
        let reach: Phase | undefined;
        for (const phase of sorted) {
            if (reach && phase.from <= phaseEnd(reach)) {
                const last = Math.min(phaseEnd(reach), phaseEnd(phase));
                const weeks = phase.from === last ? `${phase.from}` : `${phase.from}-${last}`;
                this.report(accept, 'RP001', { node: phase, property: 'from', args: { phase: phase.name, other: reach.name, weeks } });
            }
            if (!reach || phaseEnd(phase) > phaseEnd(reach)) reach = phase;
        }
    }

    checkPhasesLeaveNoGap(plan: Plan, accept: ValidationAcceptor): void {
        const sorted = phasesOf(plan)
            .filter(p => phaseEnd(p) >= p.from)
            .sort((a, b) => a.from - b.from);
        let reach: Phase | undefined;
        for (const phase of sorted) {
            if (reach && phase.from > phaseEnd(reach) + 1) {
                const first = phaseEnd(reach) + 1,
                    last = phase.from - 1;
                this.report(accept, 'RP002', {
                    node: phase,
                    property: 'from',
                    args: {
                        weeks: first === last ? `${first}` : `${first}-${last}`,
                        phase: reach.name,
                        end: phaseEnd(reach),
                        next: phase.name,
                        start: phase.from
                    }
                });
            }
            if (!reach || phaseEnd(phase) > phaseEnd(reach)) reach = phase;
        }
    }

    checkIdsAreUnique(plan: Plan, accept: ValidationAcceptor): void {
        const seen = new Map<string, true>();
        for (const member of plan.members) {
            if (!isPhase(member) && !isExercise(member)) continue;
            const key = `${member.$type}:${member.name}`;
            if (seen.has(key)) {
                const what = phrase(isPhase(member) ? 'phase' : 'exercise');
                this.report(accept, 'RP003', { node: member, property: 'name', args: { name: member.name, scope: phrase('plan'), what } });
            }
            seen.set(key, true);
        }
    }

    /** A second condition, language or patient fact contradicts the first, and only one can count: say so. */
    checkPlanSettingsAreWrittenOnce(plan: Plan, accept: ValidationAcceptor): void {
        this.reportRepeats(plan.members, SINGLE_PLAN_SETTINGS, phrase('plan'), accept);
    }

    checkPatientFactsAreWrittenOnce(plan: Plan, accept: ValidationAcceptor): void {
        this.reportRepeats(
            plan.members.filter(isPatient).flatMap(p => p.facts),
            SINGLE_PATIENT_FACTS,
            phrase('plan'),
            accept
        );
    }

    private reportRepeats(nodes: AstNode[], keywords: Record<string, string>, scope: Localized, accept: ValidationAcceptor): void {
        const seen = new Set<string>();
        for (const node of nodes) {
            const keyword = keywords[node.$type];
            if (!keyword) continue;
            if (seen.has(node.$type)) this.report(accept, 'RP003', { node, keyword, variant: 'once', args: { keyword, scope } });
            seen.add(node.$type);
        }
    }

    checkConditionIsKnown(condition: Condition, accept: ValidationAcceptor): void {
        const catalogue = this.catalogue;
        if (condition.name && !catalogue.profileForCondition(condition.name)) {
            this.report(accept, 'RP004', {
                node: condition,
                property: 'name',
                args: { name: condition.name, known: catalogue.knownConditions().join(', ') }
            });
        }
    }

    checkAllowNamesARuleAndAReason(allow: Allow, accept: ValidationAcceptor): void {
        if (!allow.rule) return;
        if (!this.catalogue.has(allow.rule)) {
            this.report(accept, 'RP005', { node: allow, property: 'rule', variant: 'unknown', args: { rule: allow.rule } });
            return;
        }
        if (!isValidReason(allow.reason)) {
            const reasonNode = GrammarUtils.findNodeForProperty(allow.$cstNode, 'reason');
            const edits = reasonNode ? [{ range: reasonNode.range, newText: '"reason"' }] : appendToNode(allow, ' because "reason"');
            this.report(accept, 'RP005', {
                node: allow,
                property: 'rule',
                args: { rule: allow.rule },
                fix: { title: 'Add a reason placeholder', edits }
            });
        }
    }

    checkReviewIsInsideThePlan(review: Review, accept: ValidationAcceptor): void {
        this.checkWeekInsidePlan(review.week, review, 'week', accept);
    }

    checkEntryWeekIsInsideThePlan(entry: Entry, accept: ValidationAcceptor): void {
        for (const criterion of entry.criteria) {
            if (isWeekCriterion(criterion)) this.checkWeekInsidePlan(criterion.week, criterion, 'week', accept);
        }
    }

    checkProcedureWeeksAreInsideThePlan(activity: RehabAstType['Activity'], accept: ValidationAcceptor): void {
        if (!isAtWeeks(activity.dose)) return;
        activity.dose.weeks.forEach((week, index) => this.checkWeekInsidePlan(week, activity.dose!, 'weeks', accept, index));
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

    private checkWeekInsidePlan(
        week: number,
        node: RehabAstType[keyof RehabAstType],
        property: string,
        accept: ValidationAcceptor,
        index?: number
    ): void {
        const context = this.contextOf(node);
        if (!context?.plan || week === undefined) return;
        const last = context.schedule.lastWeek;
        if (last > 0 && (week < 1 || week > last)) {
            this.report(accept, 'RP009', { node, property, index, args: { week, last } });
        }
    }
}
