import type { Language } from './profile-schema.js';

/** A message argument in both languages: the reporter picks the one the editor or CLI asks for. */
export interface Localized {
    en: string;
    da: string;
}

export type MessageArg = string | number | Localized;

export function isLocalized(arg: MessageArg): arg is Localized {
    return typeof arg === 'object' && arg !== null && 'en' in arg && 'da' in arg;
}

export function argText(arg: MessageArg, language: Language): string {
    if (isLocalized(arg)) return arg[language];
    const text = String(arg);
    // Decimals read with a comma in Danish (`24,02`, `+2,5 kg`), as the handout writes them.
    return language === 'da' ? text.replace(/(\d)\.(\d)/g, '$1,$2') : text;
}

// The words checks put into the profile's message templates (`{what} {value} is out of range: {range}`).
// Kept beside each other so a Danish message never carries an English fragment; keys are the English.
const PHRASES = {
    'A number': 'Tallet',
    'this large': 'her',
    'at most 1,000,000': 'et tal må højst være 1.000.000',
    'The pain scale': 'Smerteskalaen',
    'pain is scored out of 10, e.g. 3/10': 'smerte angives på en skala fra 0 til 10, fx 3/10',
    Pain: 'En smerte på',
    'pain runs from 0/10 to 10/10': 'skalaen går fra 0/10 til 10/10',
    Age: 'En alder på',
    Weight: 'En vægt på',
    Week: 'Uge',
    Sets: 'Et antal sæt på',
    Reps: 'Et antal gentagelser på',
    Load: 'En belastning på',
    'a positive weight in kg': 'angiv en positiv vægt i kg',
    'A hold of': 'En holdetid på',
    Repeats: 'Et antal intervaller på',
    'A run of': 'En løbetid på',
    'A walk of': 'En gangtid på',
    'A duration of': 'En varighed på',
    Times: 'Et antal gange på',
    'Every … days': 'Et dagsinterval på',
    Rest: 'En hvile på',
    '0 days or more': 'angiv 0 dage eller flere',
    'Shoe distance': 'Skoskift efter',
    'a positive distance in km': 'angiv en positiv afstand i km',
    'A window of': 'Et tidsrum på',
    'A rise of': 'En stigning på',
    '1 to 10 points': 'angiv 1 til 10 point',
    'more than 0': 'angiv et tal over 0',
    '1 day or more; write more often as `N times daily`': 'angiv 1 dag eller mere; skriv hyppigere som `N times daily`',
    'a positive time in s, min or h': 'angiv en positiv tid i `s`, `min` eller `h`',
    'A step of': 'Et progressionstrin på',
    Every: 'Et interval på',
    'a whole number of weeks, 1 or more': 'angiv et helt antal uger, mindst 1',
    'The language': 'Sproget',
    'write `language en` or `language da`': 'skriv `language en` eller `language da`',
    'Red flag': 'Rødt flag',
    'write `red-flags none` alone, or list only the flags found': 'skriv `red-flags none` alene, eller nævn kun de fundne flag',
    plan: 'plan',
    phase: 'fase',
    exercise: 'øvelse',
    'sets x reps': 'sæt x gentagelser',
    'sets x hold': 'sæt x hold',
    'run/walk intervals': 'løb/gang-intervaller',
    duration: 'varighed',
    '`at week`': '`at week`',
    'give the weeks it is done, e.g. `at week 14`': 'angiv de uger, den udføres, fx `at week 14`',
    'give only a frequency, e.g. `daily`': 'angiv kun en hyppighed, fx `daily`',
    'give minutes, e.g. `15 min, 2 times daily`': 'angiv minutter, fx `15 min, 2 times daily`',
    'give a frequency or a wearing time, e.g. `daily`': 'angiv en hyppighed eller en bæretid, fx `daily`',
    'give minutes, e.g. `30 min, 2 times weekly`': 'angiv minutter, fx `30 min, 2 times weekly`',
    'give minutes or intervals, e.g. `10 x (1 min run + 2 min walk)`':
        'angiv minutter eller intervaller, fx `10 x (1 min run + 2 min walk)`',
    'give minutes, e.g. `30 min`': 'angiv minutter, fx `30 min`',
    'use sets x reps or sets x hold': 'brug sæt x gentagelser eller sæt x hold'
} as const;

export type Phrase = keyof typeof PHRASES;

/** A fixed phrase in both languages; the key is the English, so a missing Danish is a type error. */
export function phrase(en: Phrase): Localized {
    return { en, da: PHRASES[en] };
}

/** Phrases built around a value, word order per language. */
export const phrases = {
    ageRange: (max: number): Localized => ({ en: `between 0 and ${max} years`, da: `angiv en alder mellem 0 og ${max} år` }),
    weightRange: (max: number): Localized => ({ en: `more than 0 and at most ${max} kg`, da: `angiv en vægt over 0 og højst ${max} kg` }),
    weeksFromOneTo: (last: number): Localized => ({ en: `whole weeks from 1 to ${last}`, da: `angiv hele uger fra 1 til ${last}` }),
    days: (n: number): Localized => ({ en: `${n} days`, da: `${n} dage` }),
    weeks: (n: number): Localized => ({ en: `${n} weeks`, da: `${n} uger` }),
    points: (n: number): Localized => ({ en: `${n} points`, da: `${n} point` }),
    unknownRedFlag: (suggestion: string | undefined, known: readonly string[]): Localized => ({
        en: `${suggestion ? `did you mean \`${suggestion}\`? ` : ''}The red flags are ${known.map(k => `\`${k}\``).join(', ')}`,
        da: `${suggestion ? `mente du \`${suggestion}\`? ` : ''}De røde flag er ${known.map(k => `\`${k}\``).join(', ')}`
    })
};

/** "week 2 (treatment week 19)": the plan's week, and the clock's when it differs. */
export function clockWords(planWeek: number, clockWeekNumber: number, clock: 'course' | 'treatment'): Localized {
    if (planWeek === clockWeekNumber) return { en: `week ${planWeek}`, da: `uge ${planWeek}` };
    const da = clock === 'course' ? 'forløbsuge' : 'behandlingsuge';
    return { en: `plan week ${planWeek}, ${clock} week ${clockWeekNumber}`, da: `planens uge ${planWeek}, ${da} ${clockWeekNumber}` };
}
