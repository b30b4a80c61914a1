import type { Plan } from '../generated/ast.js';
import { isAge, isDiabetes, isPatient, isRedFlags, isSide, isWeight } from '../generated/ast.js';
import type { Language, Words } from '../words/dictionary.js';
import { html, join, type Html } from './html.js';
import { humanize, quantityWords } from '../words/plan-words.js';

/** The patient essentials a handout needs, as a definition list; absent facts are left out. */
export function renderPatientFacts(plan: Plan, w: Words, language: Language): Html {
    const rows: Array<[string, string]> = [];
    for (const patient of plan.members.filter(isPatient)) {
        for (const fact of patient.facts) {
            if (isAge(fact)) rows.push([w.patient, w.age(w.num(fact.value))]);
            else if (isWeight(fact)) rows.push([w.weight, quantityWords(fact.amount, language)]);
            else if (isSide(fact)) rows.push([w.side, w.sides[fact.side] ?? fact.side ?? '?']);
            else if (isRedFlags(fact)) rows.push([w.redFlags, fact.none ? w.redFlagsNone : fact.flags.map(humanize).join(', ')]);
            else if (isDiabetes(fact)) rows.push([w.diabetes, w.yesNo[fact.value] ?? fact.value ?? '?']);
        }
    }
    rows.push([w.language, w.languageName]);
    return html`<dl class="facts">${join(rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`))}</dl>`;
}
