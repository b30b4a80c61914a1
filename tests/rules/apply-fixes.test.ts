import { describe, expect, it } from 'vitest';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { applyTextEdits, collectQuickFixes } from '../../language/fixes/apply-fixes.js';

const at = (line: number, character: number) => ({ line, character });
const edit = (sl: number, sc: number, el: number, ec: number, newText: string): TextEdit => ({
    range: { start: at(sl, sc), end: at(el, ec) },
    newText
});
const diagnostic = (rule: string, edits: TextEdit[]): Diagnostic => ({
    range: { start: at(0, 0), end: at(0, 1) },
    message: rule,
    code: rule,
    data: { rule, code: rule, fix: { title: rule, edits } }
});

describe('applyTextEdits', () => {
    it('applies edits in any order, back to front', () => {
        const text = 'ab\ncd\n';
        expect(applyTextEdits(text, [edit(0, 0, 0, 1, 'A'), edit(1, 1, 1, 2, 'D'), edit(1, 0, 1, 0, '>')])).toBe('Ab\n>cD\n');
        expect(applyTextEdits(text, [edit(1, 1, 1, 2, 'D'), edit(0, 0, 0, 1, 'A')])).toBe('Ab\ncD\n');
    });

    it('drops an edit that overlaps one already taken instead of throwing', () => {
        expect(applyTextEdits('abcdef', [edit(0, 0, 0, 3, 'X'), edit(0, 2, 0, 4, 'Y')])).toBe('Xdef');
    });

    it('ignores malformed edits and clamps positions outside the text', () => {
        const bad = [{ newText: 'x' }, null, edit(9, 0, 9, 5, '!')] as unknown as TextEdit[];
        expect(applyTextEdits('abc', bad)).toBe('abc!');
    });
});

describe('collectQuickFixes', () => {
    const diagnostics = [
        diagnostic('PF010', [edit(1, 0, 1, 0, 'x')]),
        diagnostic('PF012', [edit(1, 0, 1, 0, 'x')]), // the same edit: the first fix does it already
        diagnostic('PF011', [edit(2, 0, 2, 4, 'y')]),
        diagnostic('PF031', [edit(2, 2, 2, 6, 'z')]), // overlaps PF011's edit
        { range: { start: at(0, 0), end: at(0, 1) }, message: 'no fix', code: 'PF002', data: { rule: 'PF002' } } as Diagnostic
    ];

    it('takes each fix once and skips overlapping or repeated ones', () => {
        expect(collectQuickFixes(diagnostics).map(f => f.rule)).toEqual(['PF010', 'PF011']);
    });

    it('keeps only the rules asked for', () => {
        expect(collectQuickFixes(diagnostics, ['PF031']).map(f => f.rule)).toEqual(['PF031']);
        expect(collectQuickFixes(diagnostics, ['PF002'])).toEqual([]);
    });

    it('ignores diagnostics whose data is not a fix', () => {
        const odd = [
            { ...diagnostics[0], data: { fix: { title: 'x', edits: 'nope' } } },
            { ...diagnostics[0], data: 'text' }
        ] as Diagnostic[];
        expect(collectQuickFixes(odd)).toEqual([]);
    });
});
