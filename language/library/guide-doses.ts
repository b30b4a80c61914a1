/*
 * The guide's own numbers for the built-in exercises, kept apart from their cues: a cue says how to do an
 * exercise, the plan's dose says how much, and a number in the cue could disagree with the dose beside it on
 * the handout. Hover shows these (language/lsp/lsp-text.ts), in the language of the editor; the handout never
 * does. Keyed by the built-in's id; each value is the guide's wording, section as in builtin-source.ts.
 */
import type { Language } from '../words/dictionary.js';

export const GUIDE_DOSES: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
    'plantar-fascia-stretch': { en: 'hold 20-30 s', da: 'hold 20-30 sek.' },
    'calf-stretch': { en: '3 × 30 s', da: '3×30 sek.' },
    'hamstring-stretch': { en: '30 s × 2', da: '30 sek. ×2' },
    'heel-raise': { en: '3 × 8-12, 3 s up / 3 s down', da: '3×8-12, 3 sek. op / 3 sek. ned' },
    'towel-scrunch': { en: '3 × 12', da: '3×12' },
    'toe-spread': { en: 'hold 5 s, 10-15 repetitions', da: 'hold 5 sek., 10-15 gentagelser' },
    'single-leg-balance': { en: '3 × 30 s', da: '3×30 sek.' },
    'walk-run': { en: 'e.g. 1 min run / 2 min walk × 10', da: 'fx 1 min løb / 2 min gang ×10' },
    run: { en: 'increase total running time by at most 10 % a week', da: 'øg samlet løbetid højst 10 % pr. uge' },
    ice: { en: '10-15 min, 1-3 times a day', da: '10-15 min. 1-3 gange dagligt' },
    taping: { en: 'the effect lasts 1-3 days', da: 'effekten varer 1-3 døgn' },
    'corticosteroid-injection': {
        en: 'at most 1-2 injections, and not before a 3-6 month course',
        da: 'maks. 1-2 stik, og først efter et forløb på 3-6 mdr.'
    },
    shockwave: { en: 'after 3-6 months of failed basic treatment', da: 'efter 3-6 måneders forgæves basisbehandling' },
    surgery: {
        en: 'only after at least 9-12 months of systematic conservative treatment',
        da: 'først efter min. 9-12 måneders systematisk konservativ behandling'
    }
};

/** The guide's numbers for a built-in (or the built-in a variant is based on), in the wanted language. */
export function guideDose(builtinId: string | undefined, language: Language): string | undefined {
    if (!builtinId || !Object.prototype.hasOwnProperty.call(GUIDE_DOSES, builtinId)) return undefined;
    return GUIDE_DOSES[builtinId][language] ?? GUIDE_DOSES[builtinId].en;
}
