import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position, Range, TextEdit } from 'vscode-languageserver-types';
import type { QuickFix } from './text-edits.js';

/**
 * Applies text edits to a text, back to front so that earlier positions stay valid. Edits that
 * overlap one already taken are dropped rather than thrown on: bad input must not crash `rehab fix`.
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
    const document = TextDocument.create('memory://fix', 'rehab', 0, text);
    const wellFormed = edits.filter(isTextEdit).map(e => ({ ...e, range: normalise(document, e.range) }));
    const kept: TextEdit[] = [];
    for (const edit of wellFormed.sort((a, b) => compare(a.range.start, b.range.start))) {
        if (!kept.some(k => overlaps(k.range, edit.range))) kept.push(edit);
    }
    return TextDocument.applyEdits(document, kept);
}

/**
 * The quick fixes carried by diagnostics (their `data.fix`, as the RuleReporter sets it), optionally only
 * for some rules; a fix whose edits overlap an earlier fix's, or repeat it, is skipped.
 */
export function collectQuickFixes(diagnostics: readonly Diagnostic[], rules?: readonly string[]): { rule: string; fix: QuickFix }[] {
    const wanted = rules && rules.length > 0 ? new Set(rules) : undefined;
    const taken: TextEdit[] = [];
    const result: { rule: string; fix: QuickFix }[] = [];
    for (const diagnostic of diagnostics) {
        const data = diagnostic.data as { rule?: unknown; fix?: unknown } | undefined;
        const rule = typeof data?.rule === 'string' ? data.rule : String(diagnostic.code ?? '');
        if (wanted && !wanted.has(rule)) continue;
        const fix = data?.fix;
        if (!isQuickFix(fix) || fix.edits.length === 0) continue;
        const clash = fix.edits.some(e => taken.some(t => overlaps(t.range, e.range) || sameEdit(t, e) || sameInsertionPoint(t, e)));
        if (clash) continue;
        taken.push(...fix.edits);
        result.push({ rule, fix });
    }
    return result;
}

function compare(a: Position, b: Position): number {
    return a.line - b.line || a.character - b.character;
}

/** Two ranges overlap when they share text; insertions overlap a range they fall strictly inside. */
export function overlaps(a: Range, b: Range): boolean {
    const aEmpty = compare(a.start, a.end) === 0,
        bEmpty = compare(b.start, b.end) === 0;
    if (aEmpty && bEmpty) return false;
    if (aEmpty) return compare(b.start, a.start) < 0 && compare(a.start, b.end) < 0;
    if (bEmpty) return compare(a.start, b.start) < 0 && compare(b.start, a.end) < 0;
    return compare(a.start, b.end) < 0 && compare(b.start, a.end) < 0;
}

/**
 * Two fixes inserting at one position would interleave in an order neither expects (`allow X` + a new
 * line + ` because "reason"`): the later fix waits for the next run.
 */
function sameInsertionPoint(a: TextEdit, b: TextEdit): boolean {
    const empty = (e: TextEdit) => compare(e.range.start, e.range.end) === 0;
    return empty(a) && empty(b) && compare(a.range.start, b.range.start) === 0;
}

function sameEdit(a: TextEdit, b: TextEdit): boolean {
    return compare(a.range.start, b.range.start) === 0 && compare(a.range.end, b.range.end) === 0 && a.newText === b.newText;
}

/** Positions clamped into the text; a range given back to front is turned around. */
function normalise(document: TextDocument, range: Range): Range {
    const start = document.positionAt(document.offsetAt(range.start));
    const end = document.positionAt(document.offsetAt(range.end));
    return compare(start, end) <= 0 ? { start, end } : { start: end, end: start };
}

function isPosition(p: unknown): p is Position {
    const q = p as Position | undefined;
    return typeof q?.line === 'number' && typeof q.character === 'number' && Number.isFinite(q.line) && Number.isFinite(q.character);
}

function isTextEdit(e: unknown): e is TextEdit {
    const edit = e as TextEdit | undefined;
    return typeof edit?.newText === 'string' && isPosition(edit.range?.start) && isPosition(edit.range?.end);
}

function isQuickFix(f: unknown): f is QuickFix {
    const fix = f as QuickFix | undefined;
    return typeof fix?.title === 'string' && Array.isArray(fix.edits) && fix.edits.every(isTextEdit);
}
