import { isCompositeCstNode, type AstNode, type CstNode } from 'langium';
import { AbstractFormatter, Formatting, type FormattingAction } from 'langium/lsp';
import type { LangiumDocument, LangiumDocumentFactory, TextDocumentProvider } from 'langium';
import type { Position, TextEdit } from 'vscode-languageserver-types';
import type { DocumentFormattingParams } from 'vscode-languageserver';
import { canonicalSpellingEdits } from './canonical-spellings.js';

function same(a: Position, b: Position): boolean {
    return a.line === b.line && a.character === b.character;
}

function before(a: Position, b: Position): boolean {
    return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

/** Nodes where `-` joins two numbers: `weeks 1-12`, `3-0-3`, `8-12`, `10-15 min`, `1-3 times`, `2027-01-04`. */
const NO_SPACE_AROUND_DASH = new Set(['Phase', 'SetsReps', 'Quantity', 'TimesPer', 'StartDate']);

/** Blocks whose members go one per line, indented one level. */
const BLOCK_OWNERS = new Set(['Plan', 'Library', 'Patient', 'History', 'Monitor', 'Phase', 'Activity', 'Exercise']);
/** The statements inside an `exercise { … }` block, which the grammar keeps on the exercise itself. */
const EXERCISE_KEYWORDS = new Set(['kind', 'cue', 'targets', 'name-da', 'cue-da', 'guide', 'link']);

// One blank line between members survives; more collapse to one. Either way the result is a fixed point.
const memberLine: FormattingAction = Formatting.fit(Formatting.indent(), { options: {}, moves: [{ tabs: 1, lines: 2 }] });
const topLevelLine: FormattingAction = Formatting.fit(Formatting.newLine(), Formatting.newLines(2));

/**
 * One canonical layout: one statement per line, four-space indentation per block, single spaces
 * between tokens, none inside `3/10`, `weeks 1-12`, `tempo 3-0-3`, `+10` or `(1 min run + 2 min walk)`.
 * Each node formats the gaps between its own CST children, so no gap is formatted twice.
 */
export class RehabFormatter extends AbstractFormatter {
    constructor(
        private readonly factory?: LangiumDocumentFactory,
        private readonly texts?: TextDocumentProvider
    ) {
        super();
    }

    /** Spacing, plus the canonical spelling of what clinicians type; a spacing edit inside a respelled span yields. */
    override async formatDocument(current: LangiumDocument, params: DocumentFormattingParams): Promise<TextEdit[]> {
        const document = this.upToDate(current);
        const spacing = await super.formatDocument(document, params);
        if (document.parseResult.parserErrors.length > 0 || document.parseResult.lexerErrors.length > 0) return spacing;
        const spelling = canonicalSpellingEdits(document);
        // Only a gap strictly inside a respelled span (`a day` → `daily`) yields; the gaps around it stay.
        const inside = (e: TextEdit) =>
            spelling.some(
                s =>
                    before(s.range.start, e.range.start) &&
                    before(e.range.end, s.range.end) &&
                    !same(e.range.start, s.range.end) &&
                    !same(e.range.end, s.range.start)
            );
        return [...spacing.filter(e => !inside(e)), ...spelling];
    }

    /**
     * A format request can arrive after an edit reached the text but before the document was rebuilt (the server
     * rebuilds after a short pause, and the request does not wait for it): the edits would then be computed on the
     * old tree and land on the new text at the wrong offsets. Formatting needs only the syntax tree, so the current
     * text is parsed on its own for it. The open text document is updated in place, so its version says nothing
     * about the tree: the tree's own text is compared, as Langium's document factory does.
     */
    private upToDate(document: LangiumDocument): LangiumDocument {
        const text = this.texts?.get(document.uri)?.getText();
        if (!this.factory || text === undefined || text === document.parseResult.value.$cstNode?.root.fullText) return document;
        return this.factory.fromString(text, document.uri);
    }

    protected format(node: AstNode): void {
        const cst = node.$cstNode;
        if (!cst || !isCompositeCstNode(cst)) return;
        const formatter = this.getNodeFormatter(node);
        const state: GapState = { inBlock: false, previous: undefined, topLevel: node.$type === 'Model' };
        for (const child of cst.content) this.formatChild(node, child, state, (c, f) => formatter.cst([c]).prepend(f));
    }

    private formatChild(
        node: AstNode,
        child: CstNode,
        state: GapState,
        prepend: (c: CstNode, f: FormattingAction) => void,
        glued = false
    ): void {
        const previous = state.previous;
        if (child.hidden) {
            // Comments on their own line take the indentation of the members around them.
            if (previous && child.range.start.line > previous.range.end.line && (state.inBlock || state.topLevel)) {
                prepend(child, state.inBlock ? memberLine : topLevelLine);
            }
            return;
        }
        const ownedByChild = child.astNode !== node;
        if (!ownedByChild && isCompositeCstNode(child)) {
            // A wrapper or a datatype rule (a name, a signed number): its tokens are this node's to space.
            const sign = child.content.length > 1 && child.content[0].text === '-';
            child.content.forEach((inner, index) => this.formatChild(node, inner, state, prepend, sign && index === 1));
            return;
        }
        if (previous) prepend(child, glued ? Formatting.noSpace() : this.gap(node, previous, child, state, ownedByChild));
        if (child.text === '{' && BLOCK_OWNERS.has(node.$type) && !ownedByChild) state.inBlock = true;
        state.previous = child;
    }

    private gap(node: AstNode, previous: CstNode, next: CstNode, state: GapState, ownedByChild: boolean): FormattingAction {
        const before = previous.text;
        const text = next.text;
        if (state.topLevel) return topLevelLine;
        if (state.inBlock && text === '}' && !ownedByChild) return Formatting.newLine();
        if (state.inBlock && (ownedByChild || (node.$type === 'Exercise' && EXERCISE_KEYWORDS.has(text)))) return memberLine;
        if (text === ',' || text === ')' || before === '(' || text === '/' || before === '/') return Formatting.noSpace();
        if ((text === '-' || before === '-') && NO_SPACE_AROUND_DASH.has(node.$type)) return Formatting.noSpace();
        if (node.$type === 'Progression' && (before === '+' || before === '-')) return Formatting.noSpace();
        return Formatting.oneSpace();
    }
}

interface GapState {
    inBlock: boolean;
    topLevel: boolean;
    previous: CstNode | undefined;
}
