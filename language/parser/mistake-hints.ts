import type { IToken } from 'chevrotain';
import { closeSuggestion } from '../words/suggest.js';

/*
 * The mistakes clinicians make most, each with a message that says what to write instead. Consulted before the
 * generic "Expecting … but found …"; undefined when the situation is none of these.
 */

type Language = 'en' | 'da';

/** Misspellings people type for the units (English and Danish); the spellings the language accepts are not here. */
const UNIT_SPELLINGS: Record<string, string> = {
    rep: 'reps',
    repetitions: 'reps',
    gentagelser: 'reps',
    gent: 'reps',
    sek: 's',
    sekund: 's',
    sekunder: 's',
    secs: 's',
    secound: 's',
    minuts: 'min',
    minuter: 'min',
    minutter: 'min',
    minut: 'min',
    mn: 'min',
    hrs: 'h',
    hr: 'h',
    timer: 'h',
    time: 'h',
    kilo: 'kg',
    kilos: 'kg',
    kgs: 'kg',
    kilometer: 'km',
    kilometers: 'km',
    gange: 'times',
    gang: 'times'
};
const UNITS = ['reps', 's', 'sec', 'seconds', 'min', 'minutes', 'h', 'hours', 'kg', 'km', '%'];

/** What each block takes, for "unknown field" messages. */
const BLOCK_FIELDS: Record<string, { keyword: string; fields: string[] }> = {
    Patient: { keyword: 'patient', fields: ['age', 'weight', 'side', 'red-flags', 'diabetes'] },
    History: { keyword: 'history', fields: ['symptoms for', 'treated for'] },
    Monitor: { keyword: 'monitor', fields: ['pain during activity at most', 'pain settles within', 'first-step pain daily'] },
    Exercise: { keyword: 'exercise', fields: ['kind', 'cue', 'link', 'targets', 'name-da', 'cue-da', 'guide'] },
    Phase: { keyword: 'phase', fields: ['goal', 'entry when', 'avoid', 'do', 'stop when', 'review at week', 'shoes', 'allow'] },
    Plan: {
        keyword: 'plan',
        fields: [
            'condition',
            'language',
            'start',
            'contact',
            'refer',
            'history',
            'patient',
            'monitor',
            'stop when',
            'review at week',
            'exercise',
            'phase',
            'shoes',
            'allow'
        ]
    }
};

/** Grammar rules for one line of a block, and the block they belong to. */
const LINE_RULES: Record<string, string> = { LoadRule: 'Monitor', PatientFact: 'Patient', HistoryFact: 'History' };

/** Statements that belong in another block than the one they were written in. */
const ELSEWHERE: Record<string, { en: string; da: string }> = {
    symptoms: {
        en: 'write it in `history { symptoms for 6 weeks }`, a block of its own in the plan',
        da: 'skriv det i `history { symptoms for 6 weeks }`, en selvstændig blok i planen'
    },
    treated: {
        en: 'write it in `history { treated for 3 months }`, a block of its own in the plan',
        da: 'skriv det i `history { treated for 3 months }`, en selvstændig blok i planen'
    },
    contact: {
        en: '`contact "…"` is a line of the plan itself, not of this block',
        da: '`contact "…"` er en linje i selve planen, ikke i denne blok'
    },
    start: {
        en: '`start YYYY-MM-DD` is a line of the plan itself, not of this block',
        da: '`start ÅÅÅÅ-MM-DD` er en linje i selve planen, ikke i denne blok'
    },
    history: {
        en: '`history { … }` is a block of the plan itself, not of this block',
        da: '`history { … }` er en blok i selve planen, ikke i denne blok'
    },
    pain: {
        en: 'pain rules go in `monitor { … }`, or after `stop when` / `entry when`',
        da: 'smerteregler skrives i `monitor { … }` eller efter `stop when` / `entry when`'
    },
    do: { en: '`do …` goes inside a `phase … weeks A-B { … }`', da: '`do …` skrives inde i en `phase … weeks A-B { … }`' },
    stop: {
        en: '`stop when …` is a line of the plan or of a phase, not of this block',
        da: '`stop when …` er en linje i planen eller i en fase, ikke i denne blok'
    },
    progress: {
        en: '`progress …` goes in braces after its activity: `do heel-raise 3 x 8 reps { progress reps +2 every 2 weeks }`',
        da: '`progress …` skrives i krøllede parenteser efter sin aktivitet: `do heel-raise 3 x 8 reps { progress reps +2 every 2 weeks }`'
    },
    rest: {
        en: '`rest … between sessions` goes in braces after its activity: `do run 20 min { rest 1 day between sessions }`',
        da: '`rest … between sessions` skrives i krøllede parenteser efter sin aktivitet: `do run 20 min { rest 1 day between sessions }`'
    },
    'red-flags': { en: 'it goes in `patient { red-flags … }`', da: 'den skrives i `patient { red-flags … }`' },
    age: { en: 'it goes in `patient { age … }`', da: 'den skrives i `patient { age … }`' },
    weight: { en: 'it goes in `patient { weight … kg }`', da: 'den skrives i `patient { weight … kg }`' },
    side: { en: 'it goes in `patient { side … }`', da: 'den skrives i `patient { side … }`' },
    diabetes: { en: 'it goes in `patient { diabetes yes }`', da: 'den skrives i `patient { diabetes yes }`' }
};

/** Words the language uses itself: never "not a unit", whatever a typo check would suggest. */
const LANGUAGE_WORDS = new Set(['x', 's', 'min', 'h', 'kg', 'km', 'reps', 'sets', 'hold', 'times', 'run', 'walk', 'tempo', 'load', 'on']);

const TEXT = {
    en: {
        notAUnit: (word: string, unit: string) =>
            `\`${word}\` is not a unit: write \`${unit}\`${unit === 'reps' ? ' (or leave it out: `3 x 10` means reps)' : ''}.`,
        unknownUnit: (word: string) => `\`${word}\` is not a unit: write one of ${UNITS.map(u => `\`${u}\``).join(', ')}.`,
        needsUnit: (n: string) =>
            `The number ${n} needs a unit or \`times\`: write \`${n} min\` for a duration, or \`${n} times daily\` for a frequency.`,
        needsTimes: (n: string, word: string) =>
            `Write \`${n} times ${word === 'per' ? 'per day' : word === 'a' ? 'a day' : 'daily'}\`: \`times\` comes after the number of a frequency.`,
        weeks: 'Write `weeks` here, e.g. `weeks 1-4` (or `weeks 5` for a single week).',
        atWeek: 'A procedure is written with the weeks it is done: `do shockwave at week 3`.',
        xForTimes: (n: string) =>
            `Write \`${n} times daily\` (or \`${n} times weekly\`): a frequency uses \`times\`; \`x\` is for sets, as in \`3 x 10\`.`,
        setsOf: 'Write sets and reps as `3 x 10 reps`: the number of sets, `x`, then the reps.',
        spaceAroundX: (n: string, rest: string) => `Put spaces around \`x\`: \`${n} x ${rest}\`.`,
        everyWhat: 'Write `every other day`, or `every 2 days`.',
        elsewhere: (word: string, where: string) => `\`${word}\` does not belong here: ${where}.`,
        unknownField: (word: string, block: string, fields: string[], suggestion?: string) =>
            `\`${word}\` is not part of \`${block}\`${suggestion ? `; did you mean \`${suggestion}\`?` : '.'} It takes: ${fields.map(f => `\`${f}\``).join(', ')}.`
    },
    da: {
        notAUnit: (word: string, unit: string) =>
            `\`${word}\` er ikke en enhed: skriv \`${unit}\`${unit === 'reps' ? ' (eller udelad den: `3 x 10` betyder gentagelser)' : ''}.`,
        unknownUnit: (word: string) => `\`${word}\` er ikke en enhed: skriv en af enhederne ${UNITS.map(u => `\`${u}\``).join(', ')}.`,
        needsUnit: (n: string) =>
            `Tallet ${n} mangler en enhed eller \`times\`: skriv \`${n} min\` for en varighed eller \`${n} times daily\` for en hyppighed.`,
        needsTimes: (n: string, word: string) =>
            `Skriv \`${n} times ${word === 'per' ? 'per day' : word === 'a' ? 'a day' : 'daily'}\`: \`times\` står efter tallet i en hyppighed.`,
        weeks: 'Skriv `weeks` her, fx `weeks 1-4` (eller `weeks 5` for en enkelt uge).',
        atWeek: 'En procedure skrives med de uger, den udføres: `do shockwave at week 3`.',
        xForTimes: (n: string) =>
            `Skriv \`${n} times daily\` (eller \`${n} times weekly\`): en hyppighed skrives med \`times\`; \`x\` bruges til sæt, som i \`3 x 10\`.`,
        setsOf: 'Skriv sæt og gentagelser som `3 x 10 reps`: antal sæt, `x` og så gentagelserne.',
        spaceAroundX: (n: string, rest: string) => `Sæt mellemrum omkring \`x\`: \`${n} x ${rest}\`.`,
        everyWhat: 'Skriv `every other day` eller `every 2 days`.',
        elsewhere: (word: string, where: string) => `\`${word}\` hører ikke til her: ${where}.`,
        unknownField: (word: string, block: string, fields: string[], suggestion?: string) =>
            `\`${word}\` hører ikke til i \`${block}\`${suggestion ? `; mente du \`${suggestion}\`?` : '.'} Blokken kan indeholde: ${fields.map(f => `\`${f}\``).join(', ')}.`
    }
};

/**
 * `3 x 10 rep`: the number was complete without a unit, so the parser meets the misspelt unit somewhere else and
 * cannot tell what came before it. Read from the text instead: a known misspelling right after a number.
 */
export function unitHintAfterNumber(lineBefore: string, word: string, language: Language): string | undefined {
    const number = /(\d+(?:\.\d+)?)\s+$/.exec(lineBefore)?.[1];
    const known = UNIT_SPELLINGS[word.toLowerCase()];
    if (!number || !known) return undefined;
    return known === 'times' ? TEXT[language].needsTimes(number, 'daily') : TEXT[language].notAUnit(word, known);
}

const LINE_TEXT = {
    en: {
        date: (typed: string) => `Write the date as year-month-day: \`start ${typed}\` (e.g. \`start 2027-01-04\`).`,
        reviewRange: (week: string) => `A review is one week: write \`review at week ${week}\` (a second review gets a line of its own).`,
        redFlags: 'Red flags are single words, separated by commas: `red-flags wound, numbness`. The words are listed in docs/language.md.',
        intervals: 'Write run/walk intervals with `+`: `10 x (1 min run + 2 min walk)`.'
    },
    da: {
        date: (typed: string) => `Skriv datoen som år-måned-dag: \`start ${typed}\` (fx \`start 2027-01-04\`).`,
        reviewRange: (week: string) => `En kontrol er én uge: skriv \`review at week ${week}\` (en kontrol mere får sin egen linje).`,
        redFlags: 'Røde flag er enkeltord adskilt af kommaer: `red-flags wound, numbness`. Ordene står i docs/language.md.',
        intervals: 'Skriv gang/løb-intervaller med `+`: `10 x (1 min run + 2 min walk)`.'
    }
};

/**
 * Mistakes best recognised from the whole line, whatever token the parser stumbled on: a date in another order, a
 * review over a range of weeks, red flags without commas, run/walk intervals written with `/`.
 */
export function lineHint(line: string, language: Language): string | undefined {
    const t = LINE_TEXT[language];
    const date = /^\s*start\s+(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4})\b/.exec(line);
    if (date) return t.date(`${date[3]}-${date[2].padStart(2, '0')}-${date[1].padStart(2, '0')}`);
    if (/^\s*start\s+\d{4}[./]\d{1,2}[./]\d{1,2}/.test(line)) return t.date(line.trim().split(/\s+/)[1].replace(/[./]/g, '-'));
    const review = /\breview\s+at\s+week\s+(\d+)\s*-/.exec(line);
    if (review) return t.reviewRange(review[1]);
    if (/\bred-flags\b/.test(line) && !/\bnone\b/.test(line)) return t.redFlags;
    if (/\(\s*\d[^)]*\brun\s*\//.test(line)) return t.intervals;
    return undefined;
}

const isNumber = (t: IToken | undefined) => t?.tokenType?.name === 'NUMBER';
const isWord = (t: IToken | undefined) => /^[A-Za-z][A-Za-z0-9-]*$/.test(t?.image ?? '');

/**
 * A message for a mistake people make, or undefined. `expected` are the token names the parser wanted, `actual`
 * what it found, `previous` the token before it, `rule` the grammar rule it was in.
 */
export function mistakeHint(
    ruleName: string,
    expected: string[],
    actual: IToken,
    previous: IToken | undefined,
    language: Language,
    line?: string
): string | undefined {
    const t = TEXT[language];
    // Langium marks rule names with an invisible suffix; the grammar's name is what precedes it.
    const rule = ruleName.replace(/[^\w]/g, '');
    const word = actual.image;
    // `weeks 1-4` written as `week 1-4`; `do shockwave week 3` for `at week 3`.
    if (rule === 'Phase' && word === 'week' && expected.includes('weeks')) return t.weeks;
    if (word === 'week' && (rule === 'Phase' || rule === 'Activity') && !expected.includes('weeks')) return t.atWeek;
    // `3x10`: the lexer reads `x10` as one word.
    const glued = /^x(\d.*)$/.exec(word);
    if (isNumber(previous) && glued) return t.spaceAroundX(previous!.image, glued[1]);
    // `every second day`, `every 2nd day`.
    if (line && /^every\s/.test(line) && !/^every\s+(other|\d)/.test(line)) return t.everyWhat;
    if (isNumber(previous) && word === 'sets') return t.setsOf;
    if (isNumber(previous) && expected.includes('times') && LANGUAGE_WORDS.has(word)) {
        return word === 'x' ? t.xForTimes(previous!.image) : t.needsTimes(previous!.image, 'daily');
    }
    // After a number: a unit that is misspelt, missing, or a frequency without `times`.
    if (isNumber(previous) && expected.some(e => e === 'times' || e === 'reps' || UNITS.includes(e) || e === 'hold')) {
        if (word === 'per' || word === 'a') return t.needsTimes(previous!.image, word);
        const known = UNIT_SPELLINGS[word.toLowerCase()];
        if (known === 'times') return t.needsTimes(previous!.image, 'daily');
        if (known) return t.notAUnit(word, known);
        if (isWord(actual) && !BLOCK_KEYWORDS.has(word) && !LANGUAGE_WORDS.has(word)) {
            const close = closeSuggestion(word, UNITS);
            return close ? t.notAUnit(word, close) : t.unknownUnit(word);
        }
        if (expected.includes('times') && !expected.includes('x')) return t.needsUnit(previous!.image);
    }
    // `3 x 10 rep`: the number was complete without a unit, so the misspelt unit reads as the next statement.
    if (isNumber(previous) && UNIT_SPELLINGS[word.toLowerCase()]) {
        const known = UNIT_SPELLINGS[word.toLowerCase()];
        return known === 'times' ? t.needsTimes(previous!.image, 'daily') : t.notAUnit(word, known);
    }
    // A line a block does not take, found where its alternatives split (`pain settle within 24 h`).
    const lineBlock = LINE_RULES[rule];
    if (lineBlock) {
        const block = BLOCK_FIELDS[lineBlock];
        return t.unknownField(line ?? word, block.keyword, block.fields, undefined);
    }
    // A statement in a block that does not take it.
    const block = BLOCK_FIELDS[rule];
    if (block && expected.includes('}') && isWord(actual) && (!BLOCK_KEYWORDS.has(word) || ELSEWHERE[word])) {
        const elsewhere = ELSEWHERE[word];
        if (elsewhere && !block.fields.some(f => f.startsWith(word))) return t.elsewhere(word, elsewhere[language]);
        const suggestion = closeSuggestion(
            word,
            block.fields.map(f => f.split(' ')[0])
        );
        return t.unknownField(word, block.keyword, block.fields, suggestion);
    }
    return undefined;
}

/** Words that start a statement of some block: finding one where a unit was expected is a missing unit, not a typo. */
const BLOCK_KEYWORDS = new Set([
    'do',
    'phase',
    'goal',
    'entry',
    'avoid',
    'stop',
    'review',
    'shoes',
    'allow',
    'patient',
    'monitor',
    'history',
    'exercise',
    'condition',
    'language',
    'start',
    'contact',
    'refer',
    'on',
    'tempo',
    'load',
    'every',
    'daily',
    'weekly',
    'once',
    'twice'
]);
