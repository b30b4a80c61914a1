import type { Language } from '../words/dictionary.js';

// The diary reader's messages, in English and Danish. Each names what is wrong and how to write it instead;
// the caller adds the file and line.

const en = {
    empty: () => 'The diary is empty: write a header line (date,first-step,activity,settled,walk,run,flags,note) and one row per day.',
    noRows: () => 'The diary has a header but no days: add one row per day below it.',
    noDateColumn: () => 'The header has no `date` column (`dato` in Danish): every row needs its date.',
    duplicateColumn: (name: string) => `Column '${name}' appears twice in the header; keep one.`,
    unknownColumns: (names: string[]) =>
        `Unknown column${names.length > 1 ? 's' : ''} ${names.map(n => `'${n}'`).join(', ')} ${names.length > 1 ? 'are' : 'is'} kept and ignored. The diary's columns: date, first-step, activity, settled, walk, run, flags, note (Danish: dato, første-skridt, aktivitet, faldet-til-ro, gang, løb, flag, note).`,
    csv: (reason: string) => `The CSV cannot be read from here on: ${reason}.`,
    tooManyCells: (n: number, header: number) =>
        `The row has ${n} cells but the header has ${header}: a value would be lost. Put quotes around a cell that holds the separator.`,
    noDate: () => 'The row has no date.',
    badDate: (text: string) => `'${text}' is not a date: write YYYY-MM-DD, DD-MM-YYYY or DD.MM.YYYY.`,
    duplicateDate: (date: string, line: number) => `${date} is in the diary twice (also on line ${line}): keep one row per day.`,
    badPain: (column: string, text: string) => `${column} '${text}' is not a pain score: write a number from 0 to 10.`,
    painRange: (column: string, text: string) => `${column} ${text} is outside the 0-10 scale.`,
    decimalComma: (column: string, text: string) =>
        `${column} '${text}': in a diary separated by commas, write decimals with a point (or separate the columns with ';').`,
    badYesNo: (column: string, text: string) => `${column} '${text}' is not yes or no (ja or nej).`,
    badMinutes: (column: string, text: string) => `${column} '${text}' is not a number of minutes (0 or more).`,
    unknownFlag: (word: string, suggestion: string | undefined, words: string) =>
        `'${word}' is not a red-flag word${suggestion ? ` (did you mean '${suggestion}'?)` : ''}. The words: ${words}.`,
    outOfOrder: (date: string, previous: string) =>
        `The rows are not in date order (${date} comes after ${previous}); they are read sorted by date.`,
    blankRow: () => 'The row is empty; it is skipped.',
    beforeStart: (date: string, start: string) =>
        `${date} is before week 1, which starts on ${start}: give the right --start, or correct the date.`,
    tooLate: (date: string, start: string) => `${date} is more than 20 years after week 1 (${start}): correct the date.`
};

type Messages = typeof en;

const da: Messages = {
    empty: () =>
        'Dagbogen er tom: skriv en overskriftslinje (dato;første-skridt;aktivitet;faldet-til-ro;gang;løb;flag;note) og én linje pr. dag.',
    noRows: () => 'Dagbogen har en overskrift, men ingen dage: tilføj én linje pr. dag under den.',
    noDateColumn: () => 'Overskriften har ingen `dato`-kolonne (`date` på engelsk): hver linje skal have sin dato.',
    duplicateColumn: name => `Kolonnen '${name}' står to gange i overskriften; behold én.`,
    unknownColumns: names =>
        `${names.length > 1 ? 'De ukendte kolonner' : 'Den ukendte kolonne'} ${names.map(n => `'${n}'`).join(', ')} beholdes, men bruges ikke. Dagbogens kolonner: dato, første-skridt, aktivitet, faldet-til-ro, gang, løb, flag, note (engelsk: date, first-step, activity, settled, walk, run, flags, note).`,
    csv: reason => `Resten af CSV-filen kan ikke læses: ${reason}.`,
    tooManyCells: (n, header) =>
        `Linjen har ${n} felter, men overskriften har ${header}: en værdi ville gå tabt. Sæt anførselstegn om et felt, der indeholder skilletegnet.`,
    noDate: () => 'Linjen har ingen dato.',
    badDate: text => `'${text}' er ikke en dato: skriv ÅÅÅÅ-MM-DD, DD-MM-ÅÅÅÅ eller DD.MM.ÅÅÅÅ.`,
    duplicateDate: (date, line) => `${date} står to gange i dagbogen (også i linje ${line}): behold én linje pr. dag.`,
    badPain: (column, text) => `${column} '${text}' er ikke en smerteværdi: skriv et tal fra 0 til 10.`,
    painRange: (column, text) => `${column} ${text} ligger uden for skalaen 0-10.`,
    decimalComma: (column, text) =>
        `${column} '${text}': når kolonnerne er adskilt med komma, skrives decimaler med punktum (eller adskil kolonnerne med ';').`,
    badYesNo: (column, text) => `${column} '${text}' er hverken ja eller nej (yes eller no).`,
    badMinutes: (column, text) => `${column} '${text}' er ikke et antal minutter (0 eller flere).`,
    unknownFlag: (word, suggestion, words) =>
        `'${word}' er ikke et kendt rødt flag${suggestion ? ` (mente du \`${suggestion}\`?)` : ''}. Mulige flag: ${words
            .split(', ')
            .map(w => `\`${w}\``)
            .join(', ')}.`,
    outOfOrder: (date, previous) => `Linjerne står ikke i datoorden (${date} kommer efter ${previous}); de læses sorteret efter dato.`,
    blankRow: () => 'Linjen er tom og springes over.',
    beforeStart: (date, start) => `${date} ligger før uge 1, som starter ${start}: angiv den rigtige --start, eller ret datoen.`,
    tooLate: (date, start) => `${date} ligger mere end 20 år efter uge 1 (${start}): ret datoen.`
};

export type DiaryMessages = Messages;

export function diaryMessages(language: Language | undefined): DiaryMessages {
    return language === 'da' ? da : en;
}
