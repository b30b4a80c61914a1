import type { Activity, DeliveryKey, Model, PatientFact, Phase, Plan } from '../generated/ast.js';
import {
    isActivity,
    isActivityPainLimit,
    isAge,
    isAllow,
    isAvoid,
    isDelivery,
    isDiabetes,
    isEntry,
    isMonitor,
    isPainSettles,
    isPatient,
    isRedFlags,
    isReview,
    isShoes,
    isSide,
    isStopRule,
    isWeight
} from '../generated/ast.js';
import { phaseEnd } from '../schedule/schedule.js';
import { CERT_ITEMS, type CertItemId } from './cert-items.js';
import { wordsFor, type Language } from '../words/dictionary.js';
import { doseWords } from '../words/dose-words.js';
import { entryCriterionWords, exerciseName, frequencyWords, restWords, stopConditionWords, surfaceWords } from '../words/plan-words.js';
import { loadRuleText, progressionText, quantityText } from '../words/rehab-source.js';
import { orderedPhases } from './phase-order.js';
import { activityKind, exerciseText } from '../plan/plan-queries.js';

/*
 * A CERT report of the plan: each item filled from what the plan states, and "not stated" where it
 * states nothing. The delivery statements (`equipment "…"`, `provider "…"`, …) fill the items the
 * rest of the language cannot express. The text is English, CERT's reporting language; the
 * terminal format translates the titles. docs/cert.md maps each item to its sources.
 */

export type CertStatus = 'stated' | 'not stated';

export interface CertItem {
    id: CertItemId;
    title: string;
    status: CertStatus;
    text: string;
}

const EXERCISE_KINDS = new Set(['stretch', 'strength', 'balance', 'mobility', 'cardio', 'walking', 'running']);

export function certReport(model: Model): CertItem[] {
    const plan = model?.plan;
    const found = plan ? fill(plan) : {};
    return CERT_ITEMS.map(item => {
        const text = found[item.id]?.filter(Boolean).join('\n') ?? '';
        return { id: item.id, title: item.en, status: text ? 'stated' : 'not stated', text };
    });
}

type Filled = Partial<Record<CertItemId, Array<string | undefined>>>;

function fill(plan: Plan): Filled {
    // The patient's instructions are quoted in the patient's words, as the handout gives them.
    const w = wordsFor('en');
    const phases = orderedPhases(plan);
    const activities = phases.flatMap(phase => phase.members.filter(isActivity).map(activity => ({ phase, activity })));
    const exercises = activities.filter(a => isExerciseActivity(a.activity));
    const others = activities.filter(a => !isExerciseActivity(a.activity));
    const said = (key: DeliveryKey) =>
        plan.members
            .filter(isDelivery)
            .filter(d => d.key === key && d.text?.trim())
            .map(d => d.text);
    const patient = plan.members.find(isPatient);
    const monitor = plan.members.filter(isMonitor).flatMap(m => m.rules);
    const stopRules = [...plan.members.filter(isStopRule), ...phases.flatMap(p => p.members.filter(isStopRule))];
    const progressions = activities.flatMap(({ phase, activity }) =>
        activity.progressions.map(p => `${label(activity)} in ${phaseLabel(phase)}: ${progressionText(p)}.`)
    );
    // Source form, like the progressions: the clinician's own notation, exact for a report.
    const loadRules = monitor.filter(r => isActivityPainLimit(r) || isPainSettles(r)).map(loadRuleText);
    const entries = phases.map(p => {
        const criteria = p.members
            .filter(isEntry)
            .flatMap(e => e.criteria)
            .map(c => entryCriterionWords(c, 'en'));
        return criteria.length > 0 ? `${capital(phaseLabel(p))} starts when ${criteria.join(w.and)}.` : undefined;
    });
    const surfaces = [...new Set(activities.flatMap(a => (a.activity.surface ? [a.activity.surface as string] : [])))];
    const first = phases.find(p => p.members.some(isActivity));
    const facts = patient ? patientFacts(patient.facts) : [];
    const overrides = [...plan.members.filter(isAllow), ...phases.flatMap(p => p.members.filter(isAllow))]
        .filter(a => a.reason)
        .map(a => `Rule ${a.rule} set aside: ${a.reason}.`);
    const reviews = [...plan.members.filter(isReview), ...phases.flatMap(p => p.members.filter(isReview))];
    const described = [...new Map(exercises.map(({ activity }) => [activity.exercise?.$refText, activity])).values()];
    const undescribed = described.filter(a => !exerciseText(a.exercise?.ref).cue && !a.exercise?.ref?.targets);

    return {
        '1': said('equipment'),
        '2': said('provider'),
        '3': said('delivery'),
        '4': said('supervision'),
        '5': said('adherence'),
        '6': said('motivation'),
        '7a': [...entries, loadRules.length > 0 ? `Load is kept within: ${loadRules.join('; ')}.` : undefined],
        '7b': [...progressions, phases.length > 1 ? `Phases in order: ${phases.map(phaseLabel).join(', then ')}.` : undefined],
        '8':
            undescribed.length > 0
                ? []
                : described.map(
                      a =>
                          `${label(a)} (${activityKind(a) ?? 'exercise'}): ${exerciseText(a.exercise?.ref).cue ?? a.exercise?.ref?.targets}`
                  ),
        '9':
            exercises.length === 0
                ? []
                : [
                      `The patient's own programme: ${[...new Set(exercises.map(({ activity }) => [label(activity), frequencyWords(activity.frequency, 'en')].filter(Boolean).join(' ')))].join('; ')}.`,
                      monitor.some(r => r.$type === 'FirstStepPainLog') ? 'The patient records first-step pain every morning.' : undefined
                  ],
        '10': [
            ...others.map(
                ({ phase, activity }) =>
                    `${label(activity)} (${activityKind(activity) ?? 'other'}), ${phaseLabel(phase)}: ${dosage(activity)}.`
            ),
            ...phases.flatMap(p => p.members.filter(isAvoid)).map(a => `Avoid: ${a.items.join(', ')}.`),
            ...[...plan.members.filter(isShoes), ...phases.flatMap(p => p.members.filter(isShoes))].map(s =>
                w.shoes(w.num(s.distance?.value))
            )
        ],
        '11':
            stopRules.length === 0
                ? []
                : [`${w.stopIf} ${[...new Set(stopRules.flatMap(r => r.conditions).map(c => stopConditionWords(c, 'en')))].join(w.or)}.`],
        '12': [...said('setting'), surfaces.length > 0 ? `Surfaces: ${surfaces.map(s => surfaceWords(s, 'en')).join(', ')}.` : undefined],
        '13':
            exercises.length === 0
                ? []
                : [
                      ...phases.map(p => {
                          const doses = p.members
                              .filter(isActivity)
                              .filter(isExerciseActivity)
                              .map(a => `${label(a)} ${dosage(a)}`);
                          return doses.length > 0 ? `${phaseLabel(p)}: ${doses.join('; ')}.` : undefined;
                      }),
                      `Programme length: ${Math.max(0, ...phases.map(p => phaseEnd(p) ?? 0))} weeks.`
                  ],
        '14a': said('tailoring').length > 0 || facts.length > 0 || overrides.length > 0 ? ['Tailored to the individual patient.'] : [],
        '14b': [...said('tailoring'), facts.length > 0 ? `Patient: ${facts.join(', ')}.` : undefined, ...overrides],
        '15': first
            ? [
                  `Starts with ${phaseLabel(first)}: ${first.members
                      .filter(isActivity)
                      .map(a => `${label(a)} ${dosage(a)}`)
                      .join('; ')}.`,
                  ...first.members
                      .filter(isEntry)
                      .flatMap(e => e.criteria)
                      .map(c => `${w.startWhen} ${entryCriterionWords(c, 'en')}.`),
                  facts.some(f => f.startsWith('red flags'))
                      ? `Screened before starting: ${facts.find(f => f.startsWith('red flags'))}.`
                      : undefined
              ]
            : [],
        '16a': said('adherence'),
        '16b': reviews.map(r => `Review at week ${r.week}${r.note ? `: ${r.note}` : ''}.`)
    };
}

function isExerciseActivity(activity: Activity): boolean {
    const kind = activityKind(activity);
    return kind === undefined || EXERCISE_KINDS.has(kind);
}

function label(activity: Activity): string {
    return exerciseName(activity.exercise?.ref, activity.exercise?.$refText, 'en');
}

function capital(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

function phaseLabel(phase: Phase): string {
    return `phase ${phase.name} (weeks ${phase.from}-${phaseEnd(phase)})`;
}

function dosage(activity: Activity): string {
    const parts = [
        doseWords(activity.dose, 'en'),
        frequencyWords(activity.frequency, 'en'),
        activity.surface ? `on ${surfaceWords(activity.surface, 'en')}` : undefined,
        ...activity.rests.map(r => restWords(r, 'en'))
    ];
    return parts.filter(Boolean).join(', ');
}

function patientFacts(facts: readonly PatientFact[]): string[] {
    const out: string[] = [];
    for (const f of facts) {
        if (isAge(f)) out.push(`age ${f.value}`);
        else if (isWeight(f)) out.push(`weight ${quantityText(f.amount)}`);
        else if (isSide(f)) out.push(`${f.side} side`);
        else if (isRedFlags(f)) out.push(`red flags ${f.none ? 'none' : f.flags.join(', ')}`);
        else if (isDiabetes(f)) out.push(`diabetes ${f.value}`);
    }
    return out;
}

/** The report for a terminal: each item's number, title and text (or "not stated"), then a count. */
export function formatCertReport(items: CertItem[], language: Language = 'en'): string {
    const notStated = language === 'da' ? 'ikke angivet' : 'not stated';
    const lines: string[] = [];
    for (const item of items ?? []) {
        const title = CERT_ITEMS.find(i => i.id === item.id)?.[language] ?? item.title;
        lines.push(`${`[${item.id}]`.padEnd(6)}${title}`);
        const body = item.status === 'stated' && item.text ? item.text.split('\n') : [`(${notStated})`];
        for (const line of body) lines.push(`      ${line}`);
    }
    const stated = (items ?? []).filter(i => i.status === 'stated').length;
    lines.push(
        '',
        language === 'da'
            ? `${stated} af ${items?.length ?? 0} CERT-punkter angivet.`
            : `${stated} of ${items?.length ?? 0} CERT items stated.`
    );
    return lines.join('\n');
}
