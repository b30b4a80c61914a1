import type { Plan } from '../generated/ast.js';
import { isAge, isAllow, isDiabetes, isPatient, isPhase, isRedFlags, isSide, isWeight } from '../generated/ast.js';
import type { Language, Words } from '../words/dictionary.js';
import { html, join, type Html } from './html.js';
import { humanize, quantityWords } from '../words/plan-words.js';
import { PLANTAR_FASCIITIS_FOLLOW } from '../follow/follow-profile.js';

/** A red flag in the patient's words (`numbness` → "føleforstyrrelser"); the names live with the guide's profile. */
function redFlagName(flag: string, language: 'en' | 'da'): string {
    return PLANTAR_FASCIITIS_FOLLOW.redFlags[flag]?.[language] ?? humanize(flag);
}

/**
 * The patient essentials a handout needs, as a definition list; absent facts are left out, and so is noise
 * (the handout's own language). Red flags the clinician chose to load despite (`allow PF002 because …`)
 * carry that reason beside them.
 */
export function renderPatientFacts(plan: Plan, w: Words, language: Language): Html {
    const rows: Array<[string, string]> = [];
    const allowReasons = [...plan.members.filter(isAllow), ...plan.members.filter(isPhase).flatMap(p => p.members.filter(isAllow))]
        .filter(a => a.rule === 'PF002' && typeof a.reason === 'string' && a.reason.length > 0)
        .map(a => a.reason!);
    for (const patient of plan.members.filter(isPatient)) {
        for (const fact of patient.facts) {
            if (isAge(fact)) rows.push([w.patient, w.age(w.num(fact.value))]);
            else if (isWeight(fact)) rows.push([w.weight, quantityWords(fact.amount, language)]);
            else if (isSide(fact)) rows.push([w.side, w.sides[fact.side] ?? fact.side ?? '?']);
            else if (isRedFlags(fact)) {
                const flags = fact.none ? w.redFlagsNone : fact.flags.map(f => redFlagName(f, language)).join(', ');
                rows.push([
                    w.redFlags,
                    !fact.none && allowReasons.length ? `${flags} — ${allowReasons.map(r => w.handout.clinicianNote(r)).join('; ')}` : flags
                ]);
            } else if (isDiabetes(fact)) rows.push([w.diabetes, w.yesNo[fact.value] ?? fact.value ?? '?']);
        }
    }
    if (rows.length === 0) return html``;
    return html`<dl class="facts">${join(rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`))}</dl>`;
}
