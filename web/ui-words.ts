// The playground's own words in English and Danish; the plan's messages come from the language server.

export type UiLanguage = 'en' | 'da';

export interface UiWords {
    title: string;
    intro: string;
    example: string;
    chooseExample: string;
    language: string;
    format: string;
    download: string;
    json: string;
    fhir: string;
    ics: string;
    handoutFile: string;
    start: string;
    problems: string;
    noProblems: string;
    summary: (errors: number, warnings: number, others: number) => string;
    line: string;
    fix: string;
    guide: string;
    handout: string;
    editorLabel: string;
    starting: string;
    ready: string;
    downloaded: (file: string) => string;
    exportFailed: (message: string) => string;
    exampleLoaded: (name: string) => string;
    privacy: string;
    severity: Record<'error' | 'warning' | 'info' | 'hint', string>;
}

const en: UiWords = {
    title: 'Rehab plan playground',
    intro: 'Write a rehabilitation plan; it is checked against the clinical guide as you type.',
    example: 'Example',
    chooseExample: 'Load an example…',
    language: 'Language',
    format: 'Format',
    download: 'Download',
    json: 'JSON',
    fhir: 'FHIR',
    ics: 'Calendar',
    handoutFile: 'Handout',
    start: 'Calendar starts',
    problems: 'Problems',
    noProblems: 'No problems.',
    summary: (e, w, o) =>
        `${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}, ${o} ${o === 1 ? 'note' : 'notes'}`,
    line: 'line',
    fix: 'Fix',
    guide: 'Guide',
    handout: 'Patient handout',
    editorLabel: 'Plan text',
    starting: 'Starting the language server…',
    ready: 'Ready.',
    downloaded: file => `Downloaded ${file}.`,
    exportFailed: message => `Could not export: ${message}`,
    exampleLoaded: name => `Loaded the example ${name} (Ctrl+Z brings your text back).`,
    privacy: 'Runs entirely in this page: the text stays in this browser and nothing is sent anywhere.',
    severity: { error: 'Error', warning: 'Warning', info: 'Info', hint: 'Hint' }
};

const da: UiWords = {
    title: 'Genoptræningsplan – legeplads',
    intro: 'Skriv en genoptræningsplan; den tjekkes mod den kliniske vejledning, mens du skriver.',
    example: 'Eksempel',
    chooseExample: 'Hent et eksempel…',
    language: 'Sprog',
    format: 'Formatér',
    download: 'Hent',
    json: 'JSON',
    fhir: 'FHIR',
    ics: 'Kalender',
    handoutFile: 'Patientark',
    start: 'Kalenderen starter',
    problems: 'Problemer',
    noProblems: 'Ingen problemer.',
    summary: (e, w, o) => `${e} fejl, ${w} ${w === 1 ? 'advarsel' : 'advarsler'}, ${o} ${o === 1 ? 'note' : 'noter'}`,
    line: 'linje',
    fix: 'Ret',
    guide: 'Guiden',
    handout: 'Patientark',
    editorLabel: 'Planens tekst',
    starting: 'Sprogserveren starter…',
    ready: 'Klar.',
    downloaded: file => `Hentede ${file}.`,
    exportFailed: message => `Kunne ikke eksportere: ${message}`,
    exampleLoaded: name => `Hentede eksemplet ${name} (Ctrl+Z giver din tekst tilbage).`,
    privacy: 'Kører helt i denne side: teksten bliver i denne browser, og intet sendes nogen steder hen.',
    severity: { error: 'Fejl', warning: 'Advarsel', info: 'Info', hint: 'Tip' }
};

export function uiWords(language: UiLanguage): UiWords {
    return language === 'da' ? da : en;
}
