import type { LangiumCoreServices } from 'langium';
import type { Exercise, Model } from '../generated/ast.js';
import { BUILTIN_LIBRARY_SOURCE } from './builtin-source.js';
import { guideDose } from './guide-doses.js';

/**
 * The built-in exercise library as a Markdown table, for docs/language.md. The rows come from parsing
 * BUILTIN_LIBRARY_SOURCE with the language's own parser, so the page shows exactly what hover and the
 * rules see. `npm run docs:language` writes it between the markers below; a test fails when it is stale.
 */
export const BUILTIN_TABLE_START = '<!-- builtin-table:start -->';
export const BUILTIN_TABLE_END = '<!-- builtin-table:end -->';

/** The built-in exercises, in the order the library source lists them. Throws when the source does not parse. */
export function parseBuiltinExercises(services: LangiumCoreServices): Exercise[] {
    const result = services.parser.LangiumParser.parse<Model>(BUILTIN_LIBRARY_SOURCE);
    const errors = [...result.lexerErrors.map(e => e.message), ...result.parserErrors.map(e => e.message)];
    if (errors.length > 0) throw new Error(`The built-in library does not parse: ${errors.join('; ')}`);
    const exercises = result.value.library?.exercises ?? [];
    if (exercises.length === 0) throw new Error('The built-in library holds no exercises.');
    return exercises;
}

/** One Markdown table, a row per built-in exercise: id, kind, names, how (cue), the guide's numbers, guide section. */
export function renderBuiltinTable(services: LangiumCoreServices): string {
    const rows = parseBuiltinExercises(services).map(e =>
        [`\`${e.name}\``, e.kind ?? '', e.title ?? '', e.titleDa ?? '', e.cue ?? '', guideDose(e.name, 'en') ?? '', e.guide ?? ''].map(cell)
    );
    return [
        "| id | kind | name | Danish name | how (cue) | the guide's dose | guide section |",
        '| --- | --- | --- | --- | --- | --- | --- |',
        ...rows.map(r => `| ${r.join(' | ')} |`)
    ].join('\n');
}

/** The text between the two markers (without the line breaks that frame it), or undefined when a marker is missing. */
export function extractBuiltinTable(doc: string): string | undefined {
    const start = doc.indexOf(BUILTIN_TABLE_START);
    const end = doc.indexOf(BUILTIN_TABLE_END);
    if (start < 0 || end < start) return undefined;
    return doc.slice(start + BUILTIN_TABLE_START.length, end).trim();
}

/** `doc` with the text between the markers replaced by `table`; throws when a marker is missing. */
export function replaceBuiltinTable(doc: string, table: string): string {
    const start = doc.indexOf(BUILTIN_TABLE_START);
    const end = doc.indexOf(BUILTIN_TABLE_END);
    if (start < 0 || end < start) {
        throw new Error(`docs/language.md needs the markers ${BUILTIN_TABLE_START} and ${BUILTIN_TABLE_END}, in that order.`);
    }
    return `${doc.slice(0, start + BUILTIN_TABLE_START.length)}\n${table}\n${doc.slice(end)}`;
}

/** Table cells hold no pipes or line breaks. */
function cell(text: string): string {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
