// Every patient-facing word of the handout, the preview and the exports (FHIR, iCalendar, CERT), in
// English and Danish: one wording per plan construct, so a patient reads the same sentence on paper,
// in the calendar and in the record. Phrases with numbers are functions so word order can differ
// between the languages. Pain limits arrive with their scale (`5/10`), quantities with their unit.

import { formatNumber } from '../schedule/quantities.js';

export type Language = 'en' | 'da';

export interface Words {
    /** A number as the language writes it: `1.5` in English, `1,5` in Danish; `?` when there is none. */
    num: (n: number | undefined) => string;
    languageName: string;
    untitledPlan: string;
    condition: string;
    patient: string;
    age: (years: string) => string;
    weight: string;
    side: string;
    sides: Record<'left' | 'right' | 'both', string>;
    redFlags: string;
    redFlagsNone: string;
    diabetes: string;
    yesNo: Record<'yes' | 'no', string>;
    language: string;
    timeline: string;
    week: string;
    weeks: (from: string, to: string) => string;
    review: string;
    reviewAt: (week: string) => string;
    procedureAt: (name: string, week: string) => string;
    phase: string;
    goal: string;
    startWhen: string;
    avoid: string;
    exercise: string;
    howTo: string;
    dose: string;
    howOften: string;
    progression: string;
    rest: string;
    surface: string;
    noActivities: string;
    unknownExercise: (name: string) => string;
    sets: (sets: string, reps: string) => string;
    hold: (sets: string, hold: string) => string;
    intervals: (repeats: string, run: string, walk: string) => string;
    tempo: (up: string, pause: string, down: string) => string;
    load: (load: string) => string;
    atWeeks: (weeks: string) => string;
    timesDaily: (n: string) => string;
    timesWeekly: (n: string) => string;
    daily: string;
    weekly: string;
    everyOtherDay: string;
    everyNDays: (n: string) => string;
    progressTargets: Record<string, string>;
    progress: (target: string, change: string, every: string, until?: string) => string;
    everyWeek: string;
    everyNWeeks: (n: string) => string;
    restDays: (n: string) => string;
    surfaces: Record<string, string>;
    loadChart: string;
    runMinutesPerWeek: string;
    strengthVolumePerWeek: string;
    growthLimit: (percent: string) => string;
    noLoad: string;
    stopBoxTitle: string;
    stopIf: string;
    firstStepRises: string;
    firstStepRisesPoints: (points: string) => string;
    painAbove: (limit: string) => string;
    swelling: string;
    nightPain: string;
    loadRulesTitle: string;
    painDuringActivity: (limit: string) => string;
    painSettles: (window: string) => string;
    firstStepDaily: string;
    shoes: (km: string) => string;
    firstStepAtMost: (limit: string) => string;
    walkWithout: (minutes: string) => string;
    activityPainAtMost: (limit: string) => string;
    notBeforeWeek: (week: string) => string;
    phaseStop: string;
    diagnostics: string;
    noDiagnostics: string;
    line: (n: string) => string;
    severities: Record<'error' | 'warning' | 'info' | 'hint', string>;
    disclaimer: string;
    avoidWords: Record<string, string>;
    and: string;
    or: string;
    aboutProgramme: string;
    deliveryKeys: Record<string, string>;
    overrides: string;
    /** Units of quantities and progression steps, as the language abbreviates them. */
    units: Record<string, string>;
    training: string;
    sessionOf: (k: string, n: string) => string;
    thePatient: string;
    referral: string;
    /** The patient handout's and calendar's own words (dates, checklist, referral, week tables, charts). */
    handout: HandoutWords;
}

export interface HandoutWords {
    /** A date: `4 January 2027`, `4. januar 2027`; `short` gives `4 Jan` / `4. jan.` without the year. */
    date: (day: number, month: number, year: number, short?: boolean) => string;
    weekday: (dayOfWeek: number) => string;
    planStarts: (date: string) => string;
    thisWeek: (week: string) => string;
    dates: string;
    referralTitle: string;
    referralBody: string;
    untilSeen: string;
    avoidWord: (what: string) => string;
    contact: string;
    goBack: string;
    seekHelpTitle: string;
    clinicianNote: (reason: string) => string;
    weekByWeek: (name: string) => string;
    tempo: (up: string, down: string) => string;
    axisWeek: string;
    strengthChart: (exercise: string) => string;
    strengthMeasures: Record<'reps' | 'load' | 'hold', string>;
    video: string;
    scan: string;
    startOnlyWhen: string;
    toWear: (names: string) => string;
    seeBeforeStart: (who: string) => string;
}

const MONTHS_EN = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December'
];
const MONTHS_DA = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const MONTHS_DA_SHORT = ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];

const enHandout: HandoutWords = {
    date: (day, month, year, short) => (short ? `${day} ${MONTHS_EN[month - 1]?.slice(0, 3)}` : `${day} ${MONTHS_EN[month - 1]} ${year}`),
    weekday: d => ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][d] ?? '',
    planStarts: date => `Your plan starts on ${date}.`,
    thisWeek: week => `This week: week ${week}`,
    dates: 'Dates',
    referralTitle: 'See this person before you start',
    referralBody: 'Do not start any exercises until you have been seen.',
    untilSeen: 'Until you have been seen',
    avoidWord: what => `Avoid: ${what}`,
    contact: 'Contact',
    goBack: "If your first steps the next morning are sharper than before: go back to last week's dose until they settle.",
    seekHelpTitle: 'Contact us if',
    clinicianNote: reason => `your clinician's note: ${reason}`,
    weekByWeek: name => `${name}, week by week`,
    tempo: (up, down) => `${up} s up, ${down} s down`,
    axisWeek: 'week',
    strengthChart: exercise => `Strength: ${exercise}`,
    strengthMeasures: { reps: 'repetitions per session', load: 'extra weight in kg', hold: 'seconds per hold' },
    video: 'Video and instructions',
    scan: 'Scan with your phone',
    startOnlyWhen: 'Start only when',
    toWear: names => `Use: ${names}`,
    seeBeforeStart: who => `See this person before you start: ${who}`
};

const daHandout: HandoutWords = {
    date: (day, month, year, short) => (short ? `${day}. ${MONTHS_DA_SHORT[month - 1]}` : `${day}. ${MONTHS_DA[month - 1]} ${year}`),
    weekday: d => ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'][d] ?? '',
    planStarts: date => `Din plan starter ${date}.`,
    thisWeek: week => `Denne uge: uge ${week}`,
    dates: 'Datoer',
    referralTitle: 'Du skal ses af denne person, før du starter',
    referralBody: 'Start ikke på nogen øvelser, før du har været der.',
    untilSeen: 'Indtil du har været der',
    avoidWord: what => `Undgå: ${what}`,
    contact: 'Kontakt',
    goBack: 'Hvis de første skridt næste morgen er skarpere end før: skru ned til sidste uges dosis, til det falder til ro.',
    seekHelpTitle: 'Kontakt os, hvis',
    clinicianNote: reason => `behandlerens note: ${reason}`,
    weekByWeek: name => `${name} uge for uge`,
    tempo: (up, down) => `${up} sek. op, ${down} sek. ned`,
    axisWeek: 'uge',
    strengthChart: exercise => `Styrke: ${exercise}`,
    strengthMeasures: { reps: 'gentagelser pr. gang', load: 'ekstra vægt i kg', hold: 'sekunder pr. hold' },
    video: 'Video og vejledning',
    scan: 'Scan med din telefon',
    startOnlyWhen: 'Start kun, når',
    toWear: names => `Brug: ${names}`,
    seeBeforeStart: who => `Gå til denne person, før du går i gang: ${who}`
};

const en: Words = {
    num: plainNumber,
    languageName: 'English',
    untitledPlan: 'Rehabilitation plan',
    condition: 'Condition',
    patient: 'Patient',
    age: years => `${years} years`,
    weight: 'Weight',
    side: 'Side',
    sides: { left: 'left foot', right: 'right foot', both: 'both feet' },
    redFlags: 'Red flags',
    redFlagsNone: 'none found at screening',
    diabetes: 'Diabetes',
    yesNo: { yes: 'yes', no: 'no' },
    language: 'Language',
    timeline: 'Your plan at a glance',
    week: 'Week',
    weeks: (from, to) => (from === to ? `Week ${from}` : `Weeks ${from}–${to}`),
    review: 'Check-up',
    reviewAt: week => `Check-up in week ${week}`,
    procedureAt: (name, week) => `${name} in week ${week}`,
    phase: 'Phase',
    goal: 'Goal',
    startWhen: 'Start this phase when',
    avoid: 'Avoid',
    exercise: 'Exercise',
    howTo: 'How to do it',
    dose: 'Dose',
    howOften: 'How often',
    progression: 'Progression',
    rest: 'Rest',
    surface: 'on',
    noActivities: 'No exercises in this phase.',
    unknownExercise: name => `${name} (unknown exercise)`,
    sets: (sets, reps) => `${sets} × ${reps} reps`,
    hold: (sets, hold) => `${sets} × ${hold} hold`,
    intervals: (repeats, run, walk) => `${repeats} × (${run} run + ${walk} walk)`,
    tempo: (up, pause, down) => `${up} s up, ${pause} s pause, ${down} s down`,
    load: load => `with ${load}`,
    atWeeks: weeks => `in week ${weeks}`,
    timesDaily: n => (n === '1' ? 'once a day' : n === '2' ? 'twice a day' : `${n} times a day`),
    timesWeekly: n => (n === '1' ? 'once a week' : n === '2' ? 'twice a week' : `${n} times a week`),
    daily: 'every day',
    weekly: 'once a week',
    everyOtherDay: 'every other day',
    everyNDays: n => (n === '1' ? 'every day' : `every ${n} days`),
    progressTargets: {
        reps: 'repetitions',
        sets: 'sets',
        hold: 'hold time',
        load: 'load',
        'run-time': 'running time',
        duration: 'duration'
    },
    progress: (target, change, every, until) => `Increase ${target} by ${change} ${every}${until ? `, up to ${until}` : ''}`,
    everyWeek: 'every week',
    everyNWeeks: n => `every ${n} weeks`,
    restDays: n => (n === '1' ? '1 rest day between sessions' : `${n} rest days between sessions`),
    surfaces: {
        'soft-surface': 'a soft surface',
        'hard-surface': 'a hard surface',
        treadmill: 'a treadmill',
        hills: 'hills',
        'barefoot-hard-floor': 'a hard floor barefoot'
    },
    loadChart: 'Weekly load',
    runMinutesPerWeek: 'Running, minutes per week',
    strengthVolumePerWeek: 'Strength, sets × reps per week',
    growthLimit: percent => `Upper limit: +${percent} % a week`,
    noLoad: 'No running or strength work planned.',
    stopBoxTitle: 'Stop and call your therapist if …',
    stopIf: 'Stop the exercises and contact your therapist if',
    firstStepRises: 'the pain in your first steps in the morning gets worse',
    firstStepRisesPoints: points => `the pain in your first steps in the morning rises by ${points} points or more`,
    painAbove: limit => `the pain goes above ${limit}`,
    swelling: 'your heel or foot swells',
    nightPain: 'pain wakes you at night',
    loadRulesTitle: 'How to judge each session',
    painDuringActivity: limit => `Pain during exercise may be at most ${limit}.`,
    painSettles: window => `Pain must be back to where it was within ${window}.`,
    firstStepDaily: 'Note the pain of your first steps every morning.',
    shoes: km => `Replace your running shoes every ${km} km.`,
    firstStepAtMost: limit => `the pain in your first steps in the morning is at most ${limit}`,
    walkWithout: minutes => `you can walk ${minutes} without it getting worse`,
    activityPainAtMost: limit => `pain during exercise is at most ${limit}`,
    notBeforeWeek: week => `not before week ${week}`,
    phaseStop: 'In this phase, also stop if',
    diagnostics: 'Problems in the plan',
    noDiagnostics: 'No problems found.',
    line: n => `line ${n}`,
    severities: { error: 'Error', warning: 'Warning', info: 'Info', hint: 'Hint' },
    disclaimer: 'This handout supports the advice of your clinician; it does not replace it.',
    and: ' and ',
    aboutProgramme: 'About your programme',
    deliveryKeys: {
        delivery: 'How it is delivered',
        setting: 'Where',
        equipment: 'Equipment',
        provider: 'Who guides you',
        supervision: 'Supervision',
        adherence: 'Keeping it up',
        motivation: 'Motivation',
        tailoring: 'Tailored to you'
    },
    overrides: 'Rules set aside, with reasons',
    or: ' or ',
    avoidWords: { running: 'running', jumping: 'jumping', sport: 'sport', 'long-walks': 'long walks', stairs: 'stairs' },
    units: { s: 's', min: 'min', h: 'h', kg: 'kg', km: 'km', '%': '%', reps: 'reps', sets: 'sets' },
    training: 'Training',
    sessionOf: (k, n) => `session ${k} of ${n}`,
    thePatient: 'The patient',
    referral: 'Referral',
    handout: enHandout
};

const da: Words = {
    num: n => plainNumber(n).replace('.', ','),
    languageName: 'Dansk',
    untitledPlan: 'Genoptræningsplan',
    condition: 'Tilstand',
    patient: 'Patient',
    age: years => `${years} år`,
    weight: 'Vægt',
    side: 'Side',
    sides: { left: 'venstre fod', right: 'højre fod', both: 'begge fødder' },
    redFlags: 'Røde flag',
    redFlagsNone: 'ingen fundet ved screening',
    diabetes: 'Diabetes',
    yesNo: { yes: 'ja', no: 'nej' },
    language: 'Sprog',
    timeline: 'Overblik over din plan',
    week: 'Uge',
    weeks: (from, to) => (from === to ? `Uge ${from}` : `Uge ${from}–${to}`),
    review: 'Kontrol',
    reviewAt: week => `Kontrol i uge ${week}`,
    procedureAt: (name, week) => `${name} i uge ${week}`,
    phase: 'Fase',
    goal: 'Mål',
    startWhen: 'Start denne fase, når',
    avoid: 'Undgå',
    exercise: 'Øvelse',
    howTo: 'Sådan gør du',
    dose: 'Dosis',
    howOften: 'Hvor ofte',
    progression: 'Progression',
    rest: 'Hvile',
    surface: 'på',
    noActivities: 'Ingen øvelser i denne fase.',
    unknownExercise: name => `${name} (ukendt øvelse)`,
    sets: (sets, reps) => `${sets} × ${reps} gentagelser`,
    hold: (sets, hold) => `${sets} × ${hold}`,
    intervals: (repeats, run, walk) => `${repeats} × (${run} løb + ${walk} gang)`,
    tempo: (up, pause, down) => `${up} sek. op, ${pause} sek. pause, ${down} sek. ned`,
    load: load => `med ${load}`,
    atWeeks: weeks => `i uge ${weeks}`,
    timesDaily: n => (n === '1' ? 'én gang dagligt' : `${n} gange dagligt`),
    timesWeekly: n => (n === '1' ? 'én gang om ugen' : `${n} gange om ugen`),
    daily: 'hver dag',
    weekly: 'én gang om ugen',
    everyOtherDay: 'hver anden dag',
    everyNDays: n => (n === '1' ? 'hver dag' : `hver ${n}. dag`),
    progressTargets: {
        reps: 'antallet af gentagelser',
        sets: 'antallet af sæt',
        hold: 'holdetiden',
        load: 'belastningen',
        'run-time': 'løbetiden',
        duration: 'varigheden'
    },
    progress: (target, change, every, until) => `Øg ${target} med ${change} ${every}${until ? `, op til ${until}` : ''}`,
    everyWeek: 'hver uge',
    everyNWeeks: n => `hver ${n}. uge`,
    restDays: n => (n === '1' ? '1 hviledag mellem træningspas' : `${n} hviledage mellem træningspas`),
    surfaces: {
        'soft-surface': 'blødt underlag',
        'hard-surface': 'hårdt underlag',
        treadmill: 'løbebånd',
        hills: 'bakker',
        'barefoot-hard-floor': 'hårdt gulv uden sko'
    },
    loadChart: 'Ugentlig belastning',
    runMinutesPerWeek: 'Løb, minutter pr. uge',
    strengthVolumePerWeek: 'Styrke, sæt × gentagelser pr. uge',
    growthLimit: percent => `Øvre grænse: +${percent} % pr. uge`,
    noLoad: 'Der er ikke planlagt løb eller styrketræning.',
    stopBoxTitle: 'Stop og ring til din behandler, hvis …',
    stopIf: 'Stop øvelserne og kontakt din behandler, hvis',
    firstStepRises: 'smerten i dine første skridt om morgenen bliver værre',
    firstStepRisesPoints: points => `smerten i dine første skridt om morgenen stiger ${points} point eller mere`,
    painAbove: limit => `smerten stiger til over ${limit}`,
    swelling: 'hælen eller foden hæver',
    nightPain: 'smerter vækker dig om natten',
    loadRulesTitle: 'Sådan vurderer du hvert træningspas',
    painDuringActivity: limit => `Smerte under træning må højst være ${limit}.`,
    painSettles: window => `Smerten skal være tilbage på udgangspunktet inden for ${window}.`,
    firstStepDaily: 'Notér smerten i dine første skridt hver morgen.',
    shoes: km => `Skift dine løbesko efter ${km} km.`,
    firstStepAtMost: limit => `smerten i dine første skridt om morgenen højst er ${limit}`,
    walkWithout: minutes => `du kan gå ${minutes} uden forværring`,
    activityPainAtMost: limit => `smerte under træning højst er ${limit}`,
    notBeforeWeek: week => `tidligst i uge ${week}`,
    phaseStop: 'I denne fase skal du også stoppe, hvis',
    diagnostics: 'Problemer i planen',
    noDiagnostics: 'Ingen problemer fundet.',
    line: n => `linje ${n}`,
    severities: { error: 'Fejl', warning: 'Advarsel', info: 'Info', hint: 'Tip' },
    disclaimer: 'Denne vejledning er et supplement til din behandlers råd og erstatter dem ikke.',
    and: ' og ',
    aboutProgramme: 'Om dit forløb',
    deliveryKeys: {
        delivery: 'Sådan foregår det',
        setting: 'Hvor',
        equipment: 'Udstyr',
        provider: 'Hvem vejleder dig',
        supervision: 'Supervision',
        adherence: 'Sådan holder du fast',
        motivation: 'Motivation',
        tailoring: 'Tilpasset dig'
    },
    overrides: 'Regler, der er fraveget, med begrundelse',
    or: ' eller ',
    avoidWords: { running: 'løb', jumping: 'hop', sport: 'sport', 'long-walks': 'lange gåture', stairs: 'trapper' },
    units: { s: 'sek.', min: 'min', h: 't', kg: 'kg', km: 'km', '%': '%', reps: 'gentagelser', sets: 'sæt' },
    training: 'Træning',
    sessionOf: (k, n) => `gang ${k} af ${n}`,
    thePatient: 'Patienten',
    referral: 'Henvisning',
    handout: daHandout
};

function plainNumber(n: number | undefined): string {
    return typeof n === 'number' && Number.isFinite(n) ? formatNumber(n) : '?';
}

export const DICTIONARY: Record<Language, Words> = { en, da };

/** The words of a language; anything but `da` is English, so a bad setting never leaves a gap. */
export function wordsFor(language: Language | undefined): Words {
    return language === 'da' ? DICTIONARY.da : DICTIONARY.en;
}
