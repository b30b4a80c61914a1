import { openSync, readSync, closeSync } from 'node:fs';
import type { TextEdit } from 'vscode-languageserver-types';
import type { RuleCatalogue } from '../../language/rules/rule-catalogue.js';

const BOM = '\uFEFF';

/** The file's own line ending (the first one in it), so inserted lines do not mix LF into a CRLF file. */
export function lineEndingOf(text: string): string {
    return /\r\n|\n|\r/.exec(text)?.[0] ?? '\n';
}

/** Quick fixes build their text with `\n`; rewritten to the file's line ending. */
export function withLineEnding(edits: readonly TextEdit[], eol: string): TextEdit[] {
    return edits.map(e => ({ ...e, newText: e.newText.replace(/\r\n|\r|\n/g, eol) }));
}

/** The plan's text is read without its byte-order mark; a fixed file gets it back so editors that rely on it still do. */
export function startsWithBom(file: string): boolean {
    let fd: number | undefined;
    try {
        fd = openSync(file, 'r');
        const head = Buffer.alloc(3);
        return readSync(fd, head, 0, 3, 0) === 3 && head.toString('utf8') === BOM;
    } catch {
        return false;
    } finally {
        if (fd !== undefined) closeSync(fd);
    }
}

export function restoreBom(text: string, bom: boolean): string {
    return bom && !text.startsWith(BOM) ? BOM + text : text;
}

/**
 * Screening fixes (PF001's `red-flags none`) write down what reads as a clinical finding; RULES.md adds it "as a
 * reminder to screen", so `rehab fix` applies it and prints that reminder beside it.
 */
export function recordsFinding(catalogue: RuleCatalogue, rule: string): boolean {
    return catalogue.rule(rule)?.family === 'screening';
}
