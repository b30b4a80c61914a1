import type { Localized } from '../rules/message-phrases.js';

// Linking (`reference`) messages in both languages. They come from the linker and the import
// checks, outside the rule profiles, because they are not rules: nothing can `allow` them.

export const referenceMessages = {
    unknownExercise: (name: string, suggestion: string | undefined): Localized => ({
        en: `Unknown exercise '${name}'${suggestion ? `: did you mean \`${suggestion}\`?` : '.'} Define it with \`exercise\`, import a library, or use a built-in exercise.`,
        da: `Ukendt øvelse '${name}'${suggestion ? `: mente du \`${suggestion}\`?` : '.'} Definér den med \`exercise\`, importér et bibliotek, eller brug en indbygget øvelse.`
    }),
    unknownBuiltin: (name: string, suggestion: string | undefined): Localized => ({
        en: `'${name}' is not a built-in exercise${suggestion ? `: did you mean \`${suggestion}\`?` : '.'} \`like\` takes a built-in exercise, such as \`heel-raise\` or \`ice\`.`,
        da: `'${name}' er ikke en indbygget øvelse${suggestion ? `: mente du \`${suggestion}\`?` : '.'} \`like\` skal efterfølges af en indbygget øvelse, fx \`heel-raise\` eller \`ice\`.`
    }),
    notRehabFile: (path: string): Localized => ({
        en: `Cannot import "${path}": only .rehab library files can be imported.`,
        da: `Kan ikke importere "${path}": kun .rehab-biblioteksfiler kan importeres.`
    }),
    unreadable: (path: string): Localized => ({
        en: `Cannot read "${path}": the file exists but could not be loaded (no read permission, or, in the editor, outside the open folders). Check its permissions, or move it next to the plan.`,
        da: `Kan ikke læse "${path}": filen findes, men kunne ikke indlæses (ingen læseadgang, eller den ligger uden for de mapper, der er åbne i editoren). Tjek rettighederne, eller flyt den ind i samme mappe som planen.`
    }),
    missing: (path: string, fsPath: string): Localized => ({
        en: `Cannot find "${path}" (looked for ${fsPath}). Check the path; it is relative to this file.`,
        da: `Kan ikke finde "${path}" (ledte efter ${fsPath}). Tjek stien; den er relativ til denne fil.`
    }),
    importsAPlan: (path: string): Localized => ({
        en: `"${path}" is a plan, not a library: only a \`library\` file's exercises can be imported.`,
        da: `"${path}" er en plan, ikke et bibliotek: kun øvelser fra en \`library\`-fil kan importeres.`
    }),
    librarySyntaxErrors: (path: string, count: number, line: number | string): Localized => ({
        en: `"${path}" has ${count} syntax error${count === 1 ? '' : 's'} (the first on line ${line}); exercises after it may be missing. Fix that file first.`,
        da: `"${path}" har ${count} syntaksfejl (den første i linje ${line}); øvelser efter fejlen kan mangle. Ret den fil først.`
    }),
    importedCycle: (path: string, chain: string): Localized => ({
        en: `"${path}" is in an import cycle: ${chain}. Libraries must not import each other in a circle.`,
        da: `"${path}" indgår i en cirkulær import: ${chain}. Biblioteker må ikke importere hinanden, hverken direkte eller via andre biblioteker.`
    }),
    cycle: (chain: string): Localized => ({
        en: `Import cycle: ${chain}. Libraries must not import each other in a circle.`,
        da: `Cirkulær import: ${chain}. Biblioteker må ikke importere hinanden, hverken direkte eller via andre biblioteker.`
    })
};
