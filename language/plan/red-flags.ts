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
