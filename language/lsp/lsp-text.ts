import type { Exercise } from '../generated/ast.js';
import type { Language } from '../rules/profile-schema.js';
import type { RuleDefinition } from '../rules/profile-schema.js';
import { exerciseCue, exerciseName } from '../words/plan-words.js';
import { exerciseKind, judgedAsBuiltin } from '../plan/plan-queries.js';
import { guideDose } from '../library/guide-doses.js';

// Editor-facing wording in both languages; rule wording lives in the rule profiles, and plan
// constructs (an exercise's name and cue) are worded by language/words, as in the handout.
const WORDS = {
    en: {
        guide: 'Guide',
        guideDose: "The guide's dose",
        whatToDo: 'What to do',
        when: 'Fires when',
        builtin: 'built-in exercise',
        user: 'user-defined exercise',
        allow: 'Allow {rule} here (give a reason)'
    },
    da: {
        guide: 'Guiden',
        guideDose: 'Guidens dosis',
        whatToDo: 'Gør sådan',
        when: 'Udløses, når',
        builtin: 'indbygget øvelse',
        user: 'egen øvelse',
        allow: 'Tillad {rule} her (angiv en begrundelse)'
    }
};

export type Words = (typeof WORDS)['en'];

export function words(language: Language): Words {
    return WORDS[language] ?? WORDS.en;
}

/** Markdown for an exercise: name, kind, cue and guide section in the chosen language. */
export function exerciseMarkdown(exercise: Exercise, language: Language, builtin: boolean): string {
    const w = words(language);
    const cue = exerciseCue(exercise, language);
    const lines = [
        `**${exerciseName(exercise, exercise.name, language)}** \`${exercise.name}\``,
        `*${exerciseKind(exercise) ?? '?'}* · ${builtin ? w.builtin : w.user}`
    ];
    if (cue) lines.push(cue);
    if (exercise.targets) lines.push(exercise.targets);
    if (exercise.guide) lines.push(`${w.guide}: «${exercise.guide}»`);
    // The guide's numbers live apart from the cue (language/library/guide-doses.ts): the plan's dose is what counts.
    const dose = guideDose(judgedAsBuiltin(exercise), language);
    if (dose) lines.push(`${w.guideDose}: ${dose}`);
    return lines.join('\n\n');
}

/** Markdown for a rule diagnostic: the guide's section and quote, and what to do about it. */
export function ruleMarkdown(rule: RuleDefinition, language: Language): string {
    const w = words(language);
    const lines = [`**${rule.id}** · ${w.when} ${rule.when[language]}`];
    if (rule.quote) lines.push(`> ${rule.quote}\n>\n> — ${w.guide}${rule.section ? `, «${rule.section}»` : ''}`);
    if (rule.fix) lines.push(`${w.whatToDo}: ${rule.fix[language]}`);
    return lines.join('\n\n');
}
