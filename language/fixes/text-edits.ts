import { AstUtils, GrammarUtils, type AstNode } from 'langium';
import type { Position, Range, TextEdit } from 'vscode-languageserver-types';

/** A quick fix as pure text edits: the language server offers it, `rehab fix` applies it. */
export interface QuickFix {
    title: string;
    edits: TextEdit[];
    /** Values for the `{…}` of the rule profile's fix text, where they differ from the message's (PF020's caps). */
    titleArgs?: Record<string, string>;
}

export function rangeOf(node: AstNode | undefined): Range | undefined {
    return node?.$cstNode?.range;
}

export function replaceNode(node: AstNode | undefined, newText: string): TextEdit[] {
    const range = rangeOf(node);
    return range ? [{ range, newText }] : [];
}

/** Inserts a line as the first member of a `{ … }` block owned by `container`, one level deeper than it. */
export function insertFirstInBlock(container: AstNode, line: string): TextEdit[] {
    const cst = container.$cstNode;
    const open = openBraceOffset(container);
    if (!cst || open === undefined) return [];
    const doc = AstUtils.getDocument(container).textDocument;
    const pos = doc.positionAt(cst.offset + open + 1);
    const indent = indentationOf(container) + '    ';
    return [{ range: { start: pos, end: pos }, newText: '\n' + indent + line }];
}

/** Inserts text at the end of `node` on its line (e.g. `, every other day`). */
export function appendToNode(node: AstNode, text: string): TextEdit[] {
    const range = rangeOf(node);
    return range ? [{ range: { start: range.end, end: range.end }, newText: text }] : [];
}

export function indentationOf(node: AstNode): string {
    const cst = node.$cstNode;
    if (!cst) return '';
    const doc = AstUtils.getDocument(node).textDocument;
    const line = doc.getText({ start: { line: cst.range.start.line, character: 0 }, end: cst.range.start });
    return /^[ \t]*/.exec(line)?.[0] ?? '';
}

/** Where a new line after `node` goes: past a trailing `// comment`, but not past other code on its line. */
export function afterLineOf(node: AstNode): Position | undefined {
    const range = rangeOf(node);
    if (!range) return undefined;
    const doc = AstUtils.getDocument(node).textDocument;
    const rest = doc.getText({ start: range.end, end: { line: range.end.line + 1, character: 0 } }).replace(/\r?\n$/, '');
    if (/^\s*(\/\/.*)?$/.test(rest)) return { line: range.end.line, character: range.end.character + rest.length };
    return range.end;
}

/** Inserts whole lines after `node`'s line (after a trailing comment), indented like `node`. */
export function insertLinesAfterLine(node: AstNode, lines: string[]): TextEdit[] {
    const pos = afterLineOf(node);
    if (!pos) return [];
    const indent = indentationOf(node);
    return [{ range: { start: pos, end: pos }, newText: lines.map(l => '\n' + indent + l).join('') }];
}

/**
 * Adds a member to a `{ … }` block: on a one-line block (`patient { age 40 }`) right after the brace,
 * keeping it on one line; otherwise as a new first line.
 */
export function insertInBlock(container: AstNode, line: string): TextEdit[] {
    const cst = container.$cstNode;
    const open = openBraceOffset(container);
    if (!cst || open === undefined) return [];
    const oneLine = !/[\r\n]/.test(cst.text.slice(open));
    if (!oneLine) return insertFirstInBlock(container, line);
    const pos = AstUtils.getDocument(container).textDocument.positionAt(cst.offset + open + 1);
    return [{ range: { start: pos, end: pos }, newText: ' ' + line }];
}

/** A range from the start of one CST piece to the end of another (e.g. `every week`). */
export function spanning(from: Range, to: Range): Range {
    return { start: from.start, end: to.end };
}

/** The offset of a block's `{` within its node: the keyword, never a brace inside a title string. */
function openBraceOffset(container: AstNode): number | undefined {
    const cst = container.$cstNode;
    const brace = cst ? GrammarUtils.findNodeForKeyword(cst, '{') : undefined;
    return cst && brace ? brace.offset - cst.offset : undefined;
}
