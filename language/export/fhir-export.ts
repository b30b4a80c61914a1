import type { HistoryFact, Model, Patient, Phase, Plan } from '../generated/ast.js';
import {
    isActivity,
    isAge,
    isAllow,
    isAvoid,
    isCondition,
    isDelivery,
    isDiabetes,
    isEntry,
    isGoal,
    isMonitor,
    isPatient,
    isRedFlags,
    isReview,
    isShoes,
    isSide,
    isStopRule,
    isWeight,
    isHistory,
    isStartDate,
    isContact,
    isReferral,
    isSymptomsFor,
    isTreatedFor
} from '../generated/ast.js';
import type { Allow, Shoes } from '../generated/ast.js';
import { phaseEnd, phasesOf } from '../schedule/schedule.js';
import {
    activityAction,
    activityDefinition,
    activityDefinitionId,
    activityDefinitionUrl,
    exerciseId,
    isProcedure,
    requestKind,
    reviewAction
} from './fhir-actions.js';
import { clean, complexExt, ext, fhirId, FHIR_BASE, pascalName, quantity, rehabExpression, weeks, type Json } from './fhir-elements.js';
import { contactText, planStartDate, referralText, spanWeeks } from '../plan/plan-queries.js';
import { wordsFor, type Language } from '../words/dictionary.js';
import { entryCriterionWords, planLanguage, stopConditionWords } from '../words/plan-words.js';
import { criterionText, loadRuleText, stopConditionText } from '../words/rehab-source.js';
import { orderedPhases } from './phase-order.js';

/**
 * The plan as a FHIR R4 Bundle (type `collection`): one PlanDefinition, an ActivityDefinition per
 * exercise it uses, and a CarePlan when the plan has a patient section. Pure and deterministic: ids
 * come from names, and nothing depends on the clock. docs/fhir.md documents the mapping.
 */
export function planToFhirBundle(model: Model): object {
    const plan = model?.plan;
    const bundle: Json = { resourceType: 'Bundle', id: fhirId(plan?.name ?? 'empty', 'bundle'), type: 'collection' };
    if (!plan) return clean(bundle);
    const lang = planLanguage(plan);
    const planDefinition = planDefinitionOf(plan, lang);
    const resources: Json[] = [planDefinition, ...activityDefinitionsOf(plan, lang)];
    const patient = plan.members.find(isPatient);
    // The CarePlan is where a patient's own facts live: the patient section, and the history and dates of v2.
    if (patient || plan.members.some(m => isHistory(m) || isStartDate(m) || isContact(m) || isReferral(m))) {
        resources.push(carePlanOf(plan, patient, planDefinition, lang));
    }
    bundle.entry = resources.map(resource => ({
        fullUrl: `${FHIR_BASE}/${String(resource.resourceType)}/${String(resource.id)}`,
        resource
    }));
    return clean(bundle);
}

export function planDefinitionUrl(plan: Plan): string {
    return `${FHIR_BASE}/PlanDefinition/${fhirId(plan.name)}`;
}

function planDefinitionOf(plan: Plan, lang: Language): Json {
    const ids = new UniqueIds();
    const phases = orderedPhases(plan);
    const phaseIds = phases.map(p => ids.take(`phase-${p.name}`));
    const goals: Json[] = [];
    const actions: Json[] = phases.map((phase, i) => phaseAction(plan, phase, i, phaseIds, goals, ids, lang));
    for (const review of plan.members.filter(isReview)) actions.push(reviewAction(review, ids.take(`review-week-${review.week}`)));
    const condition = plan.members.find(isCondition)?.name;
    return {
        resourceType: 'PlanDefinition',
        id: fhirId(plan.name),
        language: lang,
        extension: [
            ...plan.members
                .filter(isMonitor)
                .flatMap(m => m.rules)
                .map(r => ext('load-rule', 'valueString', loadRuleText(r))),
            ...plan.members.filter(isShoes).map(shoesExtension),
            ...plan.members.filter(isAllow).map(allowExtension),
            ...plan.members.filter(isDelivery).map(d =>
                complexExt('delivery-statement', [
                    ['key', 'valueCode', d.key],
                    ['text', 'valueString', d.text]
                ])
            )
        ],
        url: planDefinitionUrl(plan),
        name: pascalName(plan.name),
        title: plan.title ?? plan.name,
        type: {
            coding: [
                {
                    system: 'http://terminology.hl7.org/CodeSystem/plan-definition-type',
                    code: 'clinical-protocol',
                    display: 'Clinical Protocol'
                }
            ]
        },
        status: 'draft',
        topic: condition ? [{ coding: [{ system: `${FHIR_BASE}/CodeSystem/condition`, code: condition }], text: condition }] : undefined,
        goal: goals,
        action: actions
    };
}

function phaseAction(plan: Plan, phase: Phase, index: number, phaseIds: string[], goals: Json[], ids: UniqueIds, lang: Language): Json {
    const goalIds: string[] = [];
    for (const goal of phase.members.filter(isGoal).filter(g => g.text?.trim())) {
        const id = ids.take(`goal-${phase.name}`);
        goalIds.push(id);
        goals.push({ id, description: { text: goal.text } });
    }
    const w = wordsFor(lang);
    const start = phase.members
        .filter(isEntry)
        .flatMap(e => e.criteria)
        .map(c => ({
            kind: 'start',
            expression: rehabExpression(`${w.startWhen} ${entryCriterionWords(c, lang)}`, criterionText(c))
        }));
    const stopRules = [...plan.members.filter(isStopRule), ...phase.members.filter(isStopRule)];
    // FHIR combines conditions of one kind with AND; stop rules are alternatives, so they share one condition.
    // A plan-wide rule repeated in a phase is said once.
    const conditions = [...new Map(stopRules.flatMap(r => r.conditions).map(c => [stopConditionText(c), c])).entries()];
    const stop =
        conditions.length === 0
            ? []
            : [
                  {
                      kind: 'stop',
                      expression: rehabExpression(
                          `${w.stopIf} ${conditions.map(([, c]) => stopConditionWords(c, lang)).join(w.or)}`,
                          conditions.map(([text]) => text).join(' or ')
                      )
                  }
              ];
    const related = [
        index > 0 ? { actionId: phaseIds[index - 1], relationship: 'after' } : undefined,
        index < phaseIds.length - 1 ? { actionId: phaseIds[index + 1], relationship: 'before' } : undefined
    ];
    const children: Json[] = [];
    for (const member of phase.members) {
        if (isActivity(member))
            children.push(activityAction(plan.name, phase, member, ids.take(`${phase.name}-${exerciseId(member)}`), lang));
        else if (isReview(member)) children.push(reviewAction(member, ids.take(`review-week-${member.week}`)));
    }
    return {
        id: phaseIds[index],
        extension: [
            ...phase.members
                .filter(isAvoid)
                .flatMap(a => a.items)
                .map(item => ext('avoid', 'valueString', item)),
            ...phase.members.filter(isShoes).map(shoesExtension),
            ...phase.members.filter(isAllow).map(allowExtension)
        ],
        title: phase.title ?? phase.name,
        textEquivalent: `phase ${phase.name} weeks ${phase.from}-${phaseEnd(phase)}`,
        goalId: goalIds,
        condition: [...start, ...stop],
        relatedAction: related,
        // Offsets from the plan's start: `weeks 2-12` begins after 1 week and ends after 12.
        timingRange: { low: weeks((phase.from ?? 1) - 1), high: weeks(phaseEnd(phase)) },
        groupingBehavior: 'logical-group',
        selectionBehavior: 'all',
        action: children
    };
}

function activityDefinitionsOf(plan: Plan, lang: Language): Json[] {
    const seen = new Map<string, Json>();
    for (const phase of phasesOf(plan)) {
        for (const activity of phase.members.filter(isActivity)) {
            const name = exerciseId(activity);
            if (!seen.has(name)) seen.set(name, activityDefinition(plan.name, name, activity.exercise?.ref, lang));
        }
    }
    return [...seen.values()];
}

function carePlanOf(plan: Plan, patient: Patient | undefined, planDefinition: Json, lang: Language): Json {
    // Several `patient` blocks add up, as the rules read them; without one, only the v2 facts are said.
    const facts = patient ? plan.members.filter(isPatient).flatMap(p => p.facts) : [];
    const history = plan.members.filter(isHistory).flatMap(h => h.facts);
    const historyWeeks = (fact: HistoryFact | undefined) => weeks(spanWeeks(fact?.span));
    const start = planStartDate(plan);
    const contact = contactText(plan),
        referral = referralText(plan);
    const redFlags = facts.filter(isRedFlags).flatMap(r => (r.none ? ['none'] : r.flags));
    const diabetes = facts.find(isDiabetes)?.value;
    const age = facts.find(isAge)?.value;
    const weight = facts.find(isWeight)?.amount;
    const activities = phasesOf(plan).flatMap(phase =>
        phase.members.filter(isActivity).map(activity => {
            const name = exerciseId(activity);
            const action = activityAction(plan.name, phase, activity, name, lang);
            return {
                detail: {
                    kind: requestKind(activity.exercise?.ref),
                    instantiatesCanonical: [activityDefinitionUrl(activityDefinitionId(plan.name, name))],
                    status: 'not-started',
                    scheduledTiming: isProcedure(activity) ? undefined : action.timingTiming,
                    description: [phase.title ?? phase.name, action.title, action.description].filter(Boolean).join(': ')
                }
            };
        })
    );
    return {
        resourceType: 'CarePlan',
        id: fhirId(plan.name, 'careplan'),
        language: lang,
        extension: [
            ext('patient-age', 'valueAge', quantity(age, 'a')),
            ext('patient-weight', 'valueQuantity', quantity(weight?.value, weight?.unit)),
            ext('affected-side', 'valueCode', facts.find(isSide)?.side),
            ...redFlags.map(flag => ext('red-flag', 'valueCode', flag)),
            ext('diabetes', 'valueBoolean', diabetes === undefined ? undefined : diabetes === 'yes'),
            ext('history-symptoms', 'valueDuration', historyWeeks(history.filter(isSymptomsFor).at(-1))),
            ext('history-treated', 'valueDuration', historyWeeks(history.filter(isTreatedFor).at(-1)))
        ],
        period: start ? { start } : undefined,
        contributor: contact ? [{ display: contact }] : undefined,
        note: referral ? [{ text: `${wordsFor(lang).referral}: ${referral}` }] : undefined,
        instantiatesCanonical: [planDefinition.url],
        status: 'draft',
        intent: 'plan',
        title: plan.title ?? plan.name,
        subject: { display: wordsFor(lang).thePatient },
        activity: activities
    };
}

function shoesExtension(shoes: Shoes): Json | undefined {
    return ext('shoe-replacement', 'valueQuantity', quantity(shoes.distance?.value, shoes.distance?.unit));
}

function allowExtension(allow: Allow): Json | undefined {
    return complexExt('rule-override', [
        ['rule', 'valueCode', allow.rule],
        ['reason', 'valueString', allow.reason]
    ]);
}

/** Element ids within one PlanDefinition; a repeated name gets `-2`, `-3`, … in source order. */
class UniqueIds {
    private readonly used = new Set<string>();
    take(base: string): string {
        let id = base,
            n = 2;
        while (this.used.has(id)) id = `${base}-${n++}`;
        this.used.add(id);
        return id;
    }
}
