/*
 * What the command-line tool says, in English and Danish (`--lang da`). The language is set once, from the
 * command line, before any command runs; messages are built where they are thrown, so they read it here.
 */
export type CliLanguage = 'en' | 'da';

let current: CliLanguage = 'en';

export function setCliLanguage(language: CliLanguage): void {
    current = language;
}

const EN = {
    isFolder: (file: string) => `${file}: is a folder; give a .rehab file.`,
    notRehab: (file: string) => `${file}: not a .rehab file — rehab reads plans from files ending in .rehab; rename it.`,
    cannotRead: (file: string, why: string) => `${file}: cannot read: ${why}.`,
    noSuchFile: 'no such file',
    permissionDenied: 'permission denied',
    tooBig: (file: string, mb: string, max: number) =>
        `${file}: is ${mb} MB; plans are at most ${max} MB. Split it into several plans or libraries.`,
    binary: (file: string) => `${file}: is a binary file, not a plan. Give a .rehab text file.`,
    notUtf8: (file: string) => `${file}: is not UTF-8 text. Save it as UTF-8 and try again.`,
    empty: (file: string) =>
        `${file}: holds no plan or library (it is empty, or has only comments or imports); write a \`plan\` or a \`library\` in it.`,
    hasErrors: (file: string) => `${file}: the plan has errors; nothing was written.`,
    wrote: (file: string) => `wrote ${file}`,
    applied: (file: string, n: number) => `${file}: applied ${n} fix${n === 1 ? '' : 'es'}. Run \`rehab check\` to see what remains.`,
    noFix: (file: string) => `${file}: no quick fix applies; the file was left alone.`,
    noChange: (file: string) => `${file}: no quick fix changes the text; the file was left alone.`,
    syntaxFirst: (file: string) => `${file}: fix the syntax errors first; the file was left alone.`,
    wouldBreak: (file: string, rules: string) =>
        `${file}: the remaining fixes (${rules}) would break the plan's syntax; they were not applied. Fix them by hand.`,
    reminder: 'reminder: screen the patient for red flags and correct this line if any are found',
    screeningNotApplied: (file: string) =>
        `${file}: PF001 (no red-flag screening recorded) was not fixed: screen the patient first, then run \`rehab fix ${file} --rule PF001\` or write the flags found.`,
    interrupted: (signal: string) => `interrupted (${signal}); nothing was written.`
};

const DA: typeof EN = {
    isFolder: file => `${file}: er en mappe; angiv en .rehab-fil.`,
    notRehab: file => `${file}: er ikke en .rehab-fil — rehab læser planer fra filer, der ender på .rehab; omdøb den.`,
    cannotRead: (file, why) => `${file}: kan ikke læses: ${why}.`,
    noSuchFile: 'filen findes ikke',
    permissionDenied: 'adgang nægtet',
    tooBig: (file, mb, max) =>
        `${file}: fylder ${mb.replace('.', ',')} MB; en plan må højst fylde ${max} MB. Del den op i flere planer eller biblioteker.`,
    binary: file => `${file}: er en binær fil, ikke en plan. Angiv en .rehab-tekstfil.`,
    notUtf8: file => `${file}: er ikke UTF-8-tekst. Gem den som UTF-8, og prøv igen.`,
    empty: file =>
        `${file}: indeholder hverken en plan eller et bibliotek (den er tom eller indeholder kun kommentarer eller importer); skriv en \`plan\` eller et \`library\` i den.`,
    hasErrors: file => `${file}: planen har fejl; intet blev skrevet.`,
    wrote: file => `skrev ${file}`,
    applied: (file, n) => `${file}: ${n} ${n === 1 ? 'rettelse' : 'rettelser'} udført. Kør \`rehab check\` for at se, hvad der er tilbage.`,
    noFix: file => `${file}: ingen hurtig rettelse passer; filen er uændret.`,
    noChange: file => `${file}: ingen hurtig rettelse ændrer teksten; filen er uændret.`,
    syntaxFirst: file => `${file}: ret syntaksfejlene først; filen er uændret.`,
    wouldBreak: (file, rules) =>
        `${file}: de resterende rettelser (${rules}) ville ødelægge planens syntaks; de blev ikke udført. Ret dem i hånden.`,
    reminder: 'husk: undersøg patienten for røde flag, og ret linjen, hvis der findes nogen',
    screeningNotApplied: file =>
        `${file}: PF001 (ingen screening for røde flag noteret) blev ikke rettet: undersøg patienten først, og kør derefter \`rehab fix ${file} --rule PF001\`, eller skriv de fundne flag.`,
    interrupted: signal => `afbrudt (${signal}); intet blev skrevet.`
};

export function cliWords(): typeof EN {
    return current === 'da' ? DA : EN;
}
