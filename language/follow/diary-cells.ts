import { closest, distance } from 'fastest-levenshtein';
import type { DiaryMessages } from './diary-messages.js';

// One diary cell at a time: a value, or the message that says why the cell cannot be read. Empty cells never
// reach these functions: they mean "not recorded".

export type Cell<T> = { value: T } | { error: string };

/** A number as a spreadsheet writes it; a decimal comma only where the columns are separated by `;`. */
function number(text: string, delimiter: string): number | 'comma' | undefined {
    let value = text.trim();
    if (value.includes(',')) {
        if (delimiter !== ';') return 'comma';
        value = value.replace(',', '.');
    }
    if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(value)) return undefined;
    return Number(value);
}

export function painCell(column: string, text: string, delimiter: string, m: DiaryMessages): Cell<number> {
    const value = number(text, delimiter);
    if (value === 'comma') return { error: m.decimalComma(column, text) };
    if (value === undefined) return { error: m.badPain(column, text) };
    if (value < 0 || value > 10) return { error: m.painRange(column, text) };
    return { value };
}

/** Minutes: a number, optionally followed by `min`. */
export function minutesCell(column: string, text: string, delimiter: string, m: DiaryMessages): Cell<number> {
    const value = number(text.replace(/\s*min(utter|utes)?\.?$/i, ''), delimiter);
    if (value === 'comma') return { error: m.decimalComma(column, text) };
    if (value === undefined || value < 0 || !Number.isFinite(value)) return { error: m.badMinutes(column, text) };
    return { value };
}

const YES = new Set(['yes', 'ja', 'y', 'j']);
const NO = new Set(['no', 'nej', 'n']);

export function yesNoCell(column: string, text: string, m: DiaryMessages): Cell<boolean> {
    const value = text.trim().toLowerCase();
    if (YES.has(value)) return { value: true };
    if (NO.has(value)) return { value: false };
    return { error: m.badYesNo(column, text) };
}

/** Red-flag words, separated by spaces (commas are read as spaces too). Every word must be one of `known`. */
export function flagsCell(text: string, known: readonly string[], m: DiaryMessages): Cell<string[]> {
    const words = text
        .toLowerCase()
        .split(/[\s,]+/)
        .filter(Boolean);
    const flags: string[] = [];
    for (const word of words) {
        if (!known.includes(word)) return { error: m.unknownFlag(word, suggestion(word, known), known.join(', ')) };
        if (!flags.includes(word)) flags.push(word);
    }
    return { value: flags };
}

function suggestion(word: string, known: readonly string[]): string | undefined {
    const best = closest(word, known);
    return best && distance(word, best) <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
