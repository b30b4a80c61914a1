import { CsvError, parse } from 'csv-parse/sync';
import type { Language } from '../words/dictionary.js';
import { isoDate } from '../plan/dates.js';
import { parseDiaryDate } from './dates.js';
import { flagsCell, minutesCell, painCell, yesNoCell, type Cell } from './diary-cells.js';
import { diaryMessages, type DiaryMessages } from './diary-messages.js';

// The patient's pain diary: a CSV read by csv-parse, then checked cell by cell. Every data row ends up either
// as a day (`rows`) or in `issues` with its line number; nothing is dropped without a word.

export type DiaryColumn = 'date' | 'first-step' | 'activity' | 'settled' | 'walk' | 'run' | 'flags' | 'note';

/** Header names, English and Danish, after lower-casing and turning spaces and underscores into hyphens. */
const HEADER_NAMES: Record<string, DiaryColumn> = {
    date: 'date',
    dato: 'date',
    'first-step': 'first-step',
    'første-skridt': 'first-step',
    'foerste-skridt': 'first-step',
    activity: 'activity',
    aktivitet: 'activity',
    settled: 'settled',
    'faldet-til-ro': 'settled',
    walk: 'walk',
    gang: 'walk',
    run: 'run',
    løb: 'run',
    loeb: 'run',
    flags: 'flags',
    flag: 'flags',
    note: 'note',
    noter: 'note',
    notes: 'note'
};

export interface DiaryRow {
    /** 1-based line of the row in the file. */
    line: number;
    /** Day number (days since 1970-01-01). */
    day: number;
    date: string;
    firstStep?: number;
    activity?: number;
    settled?: boolean;
    walk?: number;
    run?: number;
    flags: string[];
    note?: string;
    /** Cells of columns the diary does not know, by their header: kept, never interpreted. */
    other?: Record<string, string>;
}

export interface DiaryIssue {
    line: number;
    severity: 'error' | 'warning';
    message: string;
}

export interface Diary {
    rows: DiaryRow[];
    issues: DiaryIssue[];
    delimiter: ',' | ';';
    /** The columns the header names, as written, in order. */
    header: string[];
}

export interface ReadDiaryOptions {
    language?: Language;
    /** The words the `flags` column may hold. */
    redFlags: readonly string[];
}

/** The header line decides the separator: `;` when it has one (Danish spreadsheets), else `,`. */
export function detectDelimiter(text: string): ',' | ';' {
    const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
    return first.split(';').length > first.split(',').length ? ';' : ',';
}

export function readDiary(text: string, options: ReadDiaryOptions): Diary {
    const m = diaryMessages(options.language);
    const delimiter = detectDelimiter(text);
    const issues: DiaryIssue[] = [];
    const diary: Diary = { rows: [], issues, delimiter, header: [] };
    if (text.replace(/^\uFEFF/, '').trim() === '') {
        issues.push({ line: 1, severity: 'error', message: m.empty() });
        return diary;
    }
    const records: Array<{ cells: string[]; line: number }> = [];
    try {
        const parsed = parse(text, {
            delimiter,
            bom: true,
            info: true,
            relax_column_count: true,
            skip_empty_lines: true,
            trim: true
        }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
        // info.lines is where the record ends; quoted line breaks inside it move its first line up.
        for (const { record, info } of parsed)
            records.push({ cells: record, line: info.lines - record.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0) });
    } catch (e) {
        if (!(e instanceof CsvError)) throw e;
        const at = (e as unknown as { lines?: unknown }).lines;
        const line = typeof at === 'number' && at >= 1 ? at : 1;
        issues.push({ line, severity: 'error', message: m.csv(csvReason(e)) });
        return diary;
    }
    const [header, ...body] = records;
    const columns = readHeader(header, m, issues);
    diary.header = header.cells;
    if (!columns) return diary;
    if (body.length === 0) issues.push({ line: header.line, severity: 'error', message: m.noRows() });
    for (const record of body) {
        const row = readRow(record, columns, delimiter, options, m, issues);
        if (row) diary.rows.push(row);
    }
    diary.rows = orderedWithoutDuplicates(diary.rows, m, issues);
    issues.sort((a, b) => a.line - b.line);
    return diary;
}

function csvReason(e: CsvError): string {
    switch (e.code) {
        case 'CSV_QUOTE_NOT_CLOSED':
            return 'a quote is opened and never closed';
        case 'CSV_INVALID_CLOSING_QUOTE':
            return 'a quote closes in the middle of a cell';
        case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
            return 'text follows a closing quote';
        default:
            return e.message.replace(/\.$/, '');
    }
}

interface Columns {
    index: Map<DiaryColumn, number>;
    names: string[];
    width: number;
    unknown: number[];
}

function readHeader(header: { cells: string[]; line: number }, m: DiaryMessages, issues: DiaryIssue[]): Columns | undefined {
    const index = new Map<DiaryColumn, number>();
    const unknown: string[] = [];
    const unknownIndex: number[] = [];
    let ok = true;
    header.cells.forEach((name, i) => {
        const key =
            HEADER_NAMES[
                name
                    .trim()
                    .toLowerCase()
                    .replace(/[\s_]+/g, '-')
            ];
        if (!key) {
            if (name.trim() !== '') {
                unknown.push(name);
                unknownIndex.push(i);
            }
            return;
        }
        if (index.has(key)) {
            issues.push({ line: header.line, severity: 'error', message: m.duplicateColumn(name) });
            ok = false;
        }
        index.set(key, i);
    });
    if (unknown.length > 0) issues.push({ line: header.line, severity: 'warning', message: m.unknownColumns(unknown) });
    if (!index.has('date')) {
        issues.push({ line: header.line, severity: 'error', message: m.noDateColumn() });
        ok = false;
    }
    return ok ? { index, names: header.cells, width: header.cells.length, unknown: unknownIndex } : undefined;
}

function readRow(
    record: { cells: string[]; line: number },
    columns: Columns,
    delimiter: string,
    options: ReadDiaryOptions,
    m: DiaryMessages,
    issues: DiaryIssue[]
): DiaryRow | undefined {
    const { cells, line } = record;
    const error = (message: string) => {
        issues.push({ line, severity: 'error', message });
        return undefined;
    };
    if (cells.every(c => c === '')) {
        issues.push({ line, severity: 'warning', message: m.blankRow() });
        return undefined;
    }
    // Trailing empty cells are what spreadsheets leave; a value beyond the header would be lost.
    if (cells.length > columns.width && cells.slice(columns.width).some(c => c !== ''))
        return error(m.tooManyCells(cells.length, columns.width));
    const cell = (key: DiaryColumn) => {
        const i = columns.index.get(key);
        return i === undefined ? '' : (cells[i] ?? '');
    };
    const name = (key: DiaryColumn) => columns.names[columns.index.get(key) ?? 0];
    const dateText = cell('date');
    if (dateText === '') return error(m.noDate());
    const day = parseDiaryDate(dateText);
    if (day === undefined) return error(m.badDate(dateText));
    const row: DiaryRow = { line, day, date: isoDate(day), flags: [] };
    const errors: string[] = [];
    const take = <T>(key: DiaryColumn, read: (column: string, text: string) => Cell<T>, set: (value: T) => void) => {
        const text = cell(key);
        if (text === '') return;
        const result = read(name(key), text);
        if ('error' in result) errors.push(result.error);
        else set(result.value);
    };
    take(
        'first-step',
        (c, t) => painCell(c, t, delimiter, m),
        v => {
            row.firstStep = v;
        }
    );
    take(
        'activity',
        (c, t) => painCell(c, t, delimiter, m),
        v => {
            row.activity = v;
        }
    );
    take(
        'settled',
        (c, t) => yesNoCell(c, t, m),
        v => {
            row.settled = v;
        }
    );
    take(
        'walk',
        (c, t) => minutesCell(c, t, delimiter, m),
        v => {
            row.walk = v;
        }
    );
    take(
        'run',
        (c, t) => minutesCell(c, t, delimiter, m),
        v => {
            row.run = v;
        }
    );
    take(
        'flags',
        (_c, t) => flagsCell(t, options.redFlags, m),
        v => {
            row.flags = v;
        }
    );
    const note = cell('note');
    if (note !== '') row.note = note;
    for (const i of columns.unknown) {
        if ((cells[i] ?? '') !== '') (row.other ??= {})[columns.names[i]] = cells[i];
    }
    if (errors.length > 0) return error(errors.join(' '));
    return row;
}

/** Sorted by date (one warning when they were not), and a date written twice is an error on the later row. */
function orderedWithoutDuplicates(rows: DiaryRow[], m: DiaryMessages, issues: DiaryIssue[]): DiaryRow[] {
    const disorder = rows.findIndex((r, i) => i > 0 && r.day < rows[i - 1].day);
    if (disorder > 0)
        issues.push({
            line: rows[disorder].line,
            severity: 'warning',
            message: m.outOfOrder(rows[disorder].date, rows[disorder - 1].date)
        });
    const byDay = new Map<number, DiaryRow>();
    for (const row of rows) {
        const first = byDay.get(row.day);
        if (first) issues.push({ line: row.line, severity: 'error', message: m.duplicateDate(row.date, first.line) });
        else byDay.set(row.day, row);
    }
    return [...byDay.values()].sort((a, b) => a.day - b.day);
}
