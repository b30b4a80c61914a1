// Helpers for the incremental-parse property: one workspace that is edited the way an editor edits it, and a
// reference workspace that parses every text from scratch. The two must agree on the AST, every CST node's
// position and on the diagnostics.
import { DocumentState, EmptyFileSystem, URI, isAstNode, isReference, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { expect } from 'vitest';
import { LIBRARY_TEXT } from '../bench/generate-plan.js';
import { createRehabServices } from '../../language/rehab-module.js';
import type { RehabDocumentFactory } from '../../language/workspace/rehab-document-factory.js';

/** An edit at a relative position, so one arbitrary fits plans of any size. */
export interface Edit {
    at: number;
    remove: number;
    insert: string;
    /** Move the position on to the next digit or space first: the edits that keep a plan well-formed. */
    snap?: 'digit' | 'space' | 'comment';
}

/**
 * Edits a clinician makes while typing (digits, words, spaces, new lines, comments, a whole activity line) and
 * edits that break the plan (braces, quotes, comment openers), so both the fast path and the fallback are taken.
 */
const anywhere: fc.Arbitrary<Edit> = fc.record({
    // Unbiased: fast-check favours the ends of a range, which would put most edits outside every member.
    at: fc.noBias(fc.integer({ min: 0, max: 100_000 })).map(n => n / 100_000),
    remove: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 40 })),
    insert: fc.oneof(
        fc.constantFrom('', ' ', '\n', '1', '5', '0', '12', 'x', '-', ',', ' daily', ' reps', ' %'),
        fc.constantFrom('\n        do walk 10 min, daily\n', '\n        goal "Walk"\n', ' // note ', '/* a */', '\n// line\n'),
        fc.constantFrom('}', '{', '"', '/*', '*/', 'phase q weeks 3 { }', '\n    }\n    phase z weeks 9 {\n'),
        fc.string({ unit: 'grapheme-ascii', maxLength: 4 })
    )
});

const wellFormed: fc.Arbitrary<Edit> = fc.oneof(
    fc.record({
        at: fc.noBias(fc.integer({ min: 0, max: 100_000 })).map(n => n / 100_000),
        remove: fc.constantFrom(0, 1),
        insert: fc.constantFrom('', '0', '2', '7', '15'),
        snap: fc.constant('digit' as const)
    }),
    fc.record({
        at: fc.noBias(fc.integer({ min: 0, max: 100_000 })).map(n => n / 100_000),
        remove: fc.constant(0),
        insert: fc.constantFrom(' ', '\n', '\n\n', ' // note', ' /* note */ '),
        snap: fc.constant('space' as const)
    }),
    fc.record({
        at: fc.noBias(fc.integer({ min: 0, max: 100_000 })).map(n => n / 100_000),
        remove: fc.constantFrom(0, 1, 2),
        insert: fc.constantFrom('', '7', ' more', '*/', '\n', ' /* '),
        snap: fc.constant('comment' as const)
    })
);

export const editArbitrary: fc.Arbitrary<Edit> = fc.oneof({ arbitrary: anywhere, weight: 1 }, { arbitrary: wellFormed, weight: 2 });

export function applyEdit(text: string, edit: Edit): string {
    let at = Math.min(text.length, Math.floor(edit.at * text.length));
    const wanted = edit.snap === 'digit' ? /[0-9]/ : edit.snap === 'space' ? / / : undefined;
    if (wanted) while (at < text.length && !wanted.test(text[at])) at++;
    return text.slice(0, at) + edit.insert + text.slice(Math.min(text.length, at + edit.remove));
}

/** A workspace edited the way the language server edits: the text document changes, the builder updates. */
export class EditedWorkspace {
    private readonly all = createRehabServices(EmptyFileSystem);
    readonly shared = this.all.shared;
    readonly services = this.all.Rehab;
    private version = 1;
    readonly uri = URI.parse('file:///incremental/plan.rehab');
    readonly document: LangiumDocument;

    constructor(text: string) {
        this.open(URI.parse('file:///incremental/bench-lib.rehab'), LIBRARY_TEXT);
        this.document = this.open(this.uri, text);
    }

    get counts(): RehabDocumentFactory['counts'] {
        return (this.shared.workspace.LangiumDocumentFactory as RehabDocumentFactory).counts;
    }

    async build(): Promise<void> {
        const { workspace } = this.shared;
        await workspace.DocumentBuilder.build(workspace.LangiumDocuments.all.toArray(), { validation: true });
    }

    async change(text: string): Promise<LangiumDocument> {
        const { workspace } = this.shared;
        workspace.TextDocuments.set(TextDocument.create(this.uri.toString(), 'rehab', this.version++, text));
        await workspace.DocumentBuilder.update([this.uri], []);
        return this.document;
    }

    private open(uri: URI, text: string): LangiumDocument {
        const { workspace } = this.shared;
        workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'rehab', this.version++, text));
        const document = workspace.LangiumDocumentFactory.fromTextDocument(workspace.TextDocuments.get(uri)!, uri);
        workspace.LangiumDocuments.addDocument(document);
        return document;
    }
}

/** Parses, links and validates each text from scratch, next to the same library. */
export class ReferenceWorkspace {
    private readonly services = createRehabServices(EmptyFileSystem);
    private counter = 0;
    private last?: URI;

    constructor() {
        const { workspace } = this.services.shared;
        workspace.LangiumDocuments.addDocument(
            workspace.LangiumDocumentFactory.fromString(LIBRARY_TEXT, URI.parse('file:///incremental/bench-lib.rehab'))
        );
    }

    async build(text: string): Promise<LangiumDocument> {
        const { workspace } = this.services.shared;
        // The previous text's document goes only now: the caller compared it after it was returned.
        if (this.last) workspace.LangiumDocuments.deleteDocuments(this.last);
        const uri = URI.parse(`file:///incremental/reference-${this.counter++}.rehab`);
        this.last = uri;
        const document = workspace.LangiumDocumentFactory.fromString(text, uri);
        workspace.LangiumDocuments.addDocument(document);
        await workspace.DocumentBuilder.build([document], { validation: true });
        return document;
    }
}

/** Everything a later phase reads from a parse: the AST with each node's CST position, then every CST node. */
export function shape(document: LangiumDocument): { ast: unknown; cst: string[]; text: string } {
    if (document.state < DocumentState.Parsed) throw new Error('not parsed');
    const root = document.parseResult.value;
    const cst: string[] = [];
    if (root.$cstNode) cstShape(root.$cstNode, undefined, cst);
    return { ast: astShape(root, undefined), cst, text: root.$cstNode?.root.fullText ?? '' };
}

export function diagnosticShape(document: LangiumDocument): string[] {
    // Related information names the document; the two workspaces name theirs differently.
    const uri = document.uri.toString();
    return (document.diagnostics ?? []).map(d => JSON.stringify(d).replaceAll(uri, '<this plan>')).sort();
}

function position(node: CstNode | undefined): string {
    if (!node) return '-';
    const { start, end } = node.range;
    return `${node.offset}-${node.end} ${start.line}:${start.character}-${end.line}:${end.character}`;
}

function astShape(node: AstNode, container: AstNode | undefined): unknown {
    const out: Record<string, unknown> = {
        $type: node.$type,
        $containerProperty: node.$containerProperty,
        $containerIndex: node.$containerIndex,
        $cst: position(node.$cstNode),
        $containerOk: node.$container === container
    };
    for (const [key, value] of Object.entries(node)) {
        if (key.startsWith('$')) continue;
        out[key] = Array.isArray(value) ? value.map(v => valueShape(v, node)) : valueShape(value, node);
    }
    return out;
}

function valueShape(value: unknown, container: AstNode): unknown {
    if (isAstNode(value)) return astShape(value, container);
    if (isReference(value)) return { ref: value.$refText, at: position(value.$refNode) };
    return value;
}

function cstShape(node: CstNode, parent: CstNode | undefined, out: string[]): void {
    const containerOk = node.container === parent;
    if ('content' in node && Array.isArray(node.content)) {
        const own = (node as unknown as { _astNode?: AstNode })._astNode;
        const source = node.grammarSource ? `${node.grammarSource.$type}@${node.grammarSource.$cstNode?.offset}` : '-';
        out.push(`C ${position(node)} ${source} ${own?.$type ?? ''} ${containerOk}`);
        for (const child of node.content as CstNode[]) cstShape(child, node, out);
        return;
    }
    const leaf = node as CstNode & { tokenType: { name: string } };
    out.push(`L ${position(node)} ${leaf.tokenType.name} ${node.hidden} ${JSON.stringify(node.text)} ${containerOk}`);
}

/** Applies random edit sequences to `base` and compares every result with a parse from scratch. */
export async function checkEquality(base: string, numRuns: number, maxEdits: number): Promise<EditedWorkspace> {
    const edited = new EditedWorkspace(base);
    await edited.build();
    const reference = new ReferenceWorkspace();
    await fc.assert(
        fc.asyncProperty(fc.array(editArbitrary, { minLength: 1, maxLength: maxEdits }), async edits => {
            let text = base;
            await edited.change(text);
            for (const edit of edits) {
                text = applyEdit(text, edit);
                const document = await edited.change(text);
                const expected = await reference.build(text);
                expect(shape(document)).toEqual(shape(expected));
                expect(diagnosticShape(document)).toEqual(diagnosticShape(expected));
            }
        }),
        { numRuns, seed: 20261130 }
    );
    return edited;
}
