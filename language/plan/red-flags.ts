// The red-flag words a plan may list (`red-flags …`), from the guide's "seek rapid assessment" list.
export const RED_FLAGS = [
    'trauma',
    'swelling',
    'fever',
    'wound',
    'numbness',
    'weakness',
    'night-pain',
    'bilateral-with-back-pain',
    'sudden-severe-pain',
    'warmth',
    'redness'
] as const;

/** Words clinicians write for a flag, in English and Danish, and the flag they mean. */
export const RED_FLAG_SYNONYMS: Readonly<Record<string, string>> = {
    'reduced-sensation': 'numbness',
    'sensory-loss': 'numbness',
    tingling: 'numbness',
    'nedsat-foelesans': 'numbness',
    foeleforstyrrelser: 'numbness',
    injury: 'trauma',
    fall: 'trauma',
    infection: 'fever',
    ulcer: 'wound',
    saar: 'wound',
    'night-pains': 'night-pain',
    'rest-pain': 'night-pain',
    'both-feet': 'bilateral-with-back-pain',
    bilateral: 'bilateral-with-back-pain',
    hot: 'warmth',
    red: 'redness',
    swollen: 'swelling',
    weak: 'weakness'
};
