import { AstUtils, type AstNode } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver-types';

/** A quick fix as pure text edits: the language server offers it, `rehab fix` applies it. */
export interface QuickFix {
    title: string;
    edits: TextEdit[];
}

export function rangeOf(node: AstNode | undefined): Range | undefined {
    return node?.$cstNode?.range;
}

export function replaceNode(node: AstNode | undefined, newText: string): TextEdit[] {
    const range = rangeOf(node);
    return range ? [{ range, newText }] : [];
}

/** Inserts whole lines after `node`'s last line, indented like `node`. */
export function insertLinesAfter(node: AstNode, lines: string[]): TextEdit[] {
    const range = rangeOf(node);
    if (!range) return [];
    const indent = indentationOf(node);
    const text = lines.map(l => '\n' + indent + l).join('');
    return [{ range: { start: range.end, end: range.end }, newText: text }];
}

/** Inserts a line as the first member of a `{ … }` block owned by `container`, one level deeper than it. */
export function insertFirstInBlock(container: AstNode, line: string): TextEdit[] {
    const cst = container.$cstNode;
    if (!cst) return [];
    const open = cst.text.indexOf('{');
    if (open < 0) return [];
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
