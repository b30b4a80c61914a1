import { CstUtils, isCompositeCstNode } from 'langium';
import type { AstNode, CompositeCstNode, CstNode, LangiumParser, LeafCstNode, Lexer, ParseResult } from 'langium';
import { isLibrary, isModel, isPlan, type Library, type Model, type Plan } from '../generated/ast.js';

/**
 * Re-parses only the plan member (or library exercise) that an edit falls into, and splices the new subtree
 * into the previous AST and CST. At 5,000 lines a full parse costs about 60 ms and allocates about 80 MB; the
 * member being typed in is usually a few dozen lines.
 *
 * The result must equal a full parse of the new text, so the fast path is taken only where that is certain:
 * - the previous parse had no errors at all (error recovery may have placed member boundaries differently);
 * - the edit lies strictly inside one member that ends with `}`: its first and last characters are unchanged,
 *   so the tokens around it lex the same, and the parser leaves the member at its closing brace exactly as a
 *   full parse would;
 * - the member's new text parses alone, without lexer or parser errors, to its last character.
 * Anything else returns `undefined`, and the caller parses the whole text. `tests/core/incremental-parse.test.ts`
 * checks the equality property on random edits.
 *
 * The argument rests on two properties of this language's front end: the lexer reads each token from the text alone
 * (`RehabLexer` retypes keywords by their text, never by the previous token), and the parser's lookahead inside a
 * member never reaches past the member's closing brace. A context-sensitive lexer or a grammar change that breaks
 * either would show up only in the property test, so keep it in the slow lane too.
 *
 * This reads and writes fields that Langium 4.4 keeps private in its CST nodes (`cst-node-builder.ts`); Langium is
 * pinned to 4.4.x for that reason, and `tests/core/langium-upgrade-guard.test.ts` fails if the fields move.
 */
export function reparseChangedMember(
    { parser, lexer }: { parser: LangiumParser; lexer: Lexer },
    previous: ParseResult<AstNode>,
    newText: string
): ParseResult<AstNode> | undefined {
    if (previous.lexerErrors.length > 0 || previous.parserErrors.length > 0) return undefined;
    if ((previous.lexerReport?.diagnostics.length ?? 0) > 0) return undefined;
    const root = previous.value;
    const rootCst = root.$cstNode as MutableRoot | undefined;
    if (!isModel(root) || !rootCst) return undefined;
    const owner = root.plan ?? root.library;
    if (!owner) return undefined;
    const members: AstNode[] = isPlan(owner) ? owner.members : isLibrary(owner) ? owner.exercises : [];
    const rule = isPlan(owner) ? 'PlanMember' : 'Exercise';

    const oldText = rootCst._text;
    const change = changedSpan(oldText, newText);
    if (editedComment(lexer, rootCst, change, newText)) return reusedTree(root, rootCst, newText, undefined);
    const index = memberAt(members, change.start);
    const member = index === undefined ? undefined : members[index];
    const memberCst = member?.$cstNode as MutableComposite | undefined;
    if (!member || !memberCst || index === undefined) return undefined;
    const oldStart = memberCst.offset;
    const oldEnd = memberCst.end;
    if (!(oldStart < change.start && change.oldEnd < oldEnd)) return undefined;
    const oldLast = lastLeaf(memberCst);
    if (oldLast?.text !== '}') return undefined;

    const newEnd = oldEnd + newText.length - oldText.length;
    const parsed = parser.parse(newText.slice(oldStart, newEnd), { rule });
    if (parsed.lexerErrors.length > 0 || parsed.parserErrors.length > 0) return undefined;
    if ((parsed.lexerReport?.diagnostics.length ?? 0) > 0) return undefined;
    const fresh = parsed.value;
    const freshCst = fresh.$cstNode as MutableComposite | undefined;
    if (!freshCst || freshCst.offset !== 0 || freshCst.end !== newEnd - oldStart) return undefined;

    // From here on the previous tree is changed in place; every check that can fail has been made.
    const oldEndLine = oldLast._endLine;
    const oldEndColumn = oldLast._endColumn;
    const start = memberCst.range.start;
    const content = freshCst.content;
    for (const child of content) (child as MutableNode).container = memberCst;
    memberCst.content = content;
    memberCst._astNode = fresh;
    shiftSubtree(memberCst, oldStart, start.line, start.character);
    const newLast = lastLeaf(memberCst)!;

    const mutableFresh = fresh as MutableAstNode;
    mutableFresh.$cstNode = memberCst;
    mutableFresh.$containerProperty = member.$containerProperty;
    mutableFresh.$containerIndex = index;

    const shift: LaterShift = {
        offset: newText.length - oldText.length,
        line: newLast._endLine - oldEndLine,
        oldEndLine,
        column: newLast._endColumn - oldEndColumn
    };
    shiftAfter(memberCst, shift);
    return reusedTree(root, rootCst, newText, { index, node: fresh });
}

/**
 * The new parse result. Its root and its plan (or library) are new objects, as after a full parse, and point to the
 * reused members: caches keyed by the root (scopes, the validation context) must never mistake the edited plan for
 * the previous one. The previous root keeps its own member list, with the replaced member in it.
 */
function reusedTree(
    root: Model,
    rootCst: MutableRoot,
    newText: string,
    replaced: { index: number; node: AstNode } | undefined
): ParseResult<AstNode> {
    rootCst._text = newText;
    const model = { ...root } as Model;
    for (const imported of model.imports) (imported as MutableAstNode).$container = model;
    const owner = root.plan ?? root.library;
    if (owner) {
        const copy = { ...owner, $container: model } as Plan | Library;
        const list: AstNode[] = isPlan(copy) ? (copy.members = [...copy.members]) : (copy.exercises = [...copy.exercises]);
        if (replaced) list[replaced.index] = replaced.node;
        for (const member of list) (member as MutableAstNode).$container = copy;
        if (isPlan(copy)) model.plan = copy;
        else model.library = copy;
        if (copy.$cstNode) (copy.$cstNode as MutableComposite)._astNode = copy;
    }
    rootCst._astNode = model;
    return { value: model, lexerErrors: [], lexerReport: { diagnostics: [] }, parserErrors: [] };
}

/**
 * An edit strictly inside one comment that leaves it one comment of the same kind changes no token and no AST
 * node: the comment's leaf grows or shrinks and everything after it moves. Comments are not parsed, so this holds
 * wherever the comment is, between members too. A line comment cannot reach further than before (the new text
 * keeps the character that ended it), and a block comment ends at its first closing mark, which the new text
 * must still have only at its end.
 */
function editedComment(lexer: Lexer, rootCst: MutableRoot, change: TextChange, newText: string): boolean {
    const oldText = rootCst._text;
    const leafAt = (offset: number) => CstUtils.findLeafNodeAtOffset(rootCst, offset) as MutableLeaf | undefined;
    const leaf = leafAt(change.start) ?? leafAt(change.start - 1);
    if (!leaf?.hidden || !(leaf.offset < change.start && change.oldEnd <= leaf.end)) return false;
    // Typing at the end of a line comment is the common case: allowed when a line break or the end follows.
    const lineCommentEnd = oldText.startsWith('//', leaf.offset) && /^[\r\n]?$/.test(oldText.charAt(leaf.end));
    if (change.oldEnd === leaf.end && !lineCommentEnd) return false;
    const newEnd = leaf.end + newText.length - oldText.length;
    const tokens = lexer.tokenize(newText.slice(leaf.offset, newEnd));
    const token = tokens.hidden.length === 1 && tokens.tokens.length === 0 && tokens.errors.length === 0 ? tokens.hidden[0] : undefined;
    if (token?.tokenType !== leaf.tokenType || token.image.length !== newEnd - leaf.offset) return false;
    if (token.endLine !== token.startLine || leaf._endLine !== leaf._startLine) return false;

    const shift: LaterShift = { offset: newEnd - leaf.end, line: 0, oldEndLine: leaf._endLine, column: newEnd - leaf.end };
    leaf._length = (leaf._length + shift.offset) | 0;
    leaf._endColumn = (leaf._endColumn + shift.column) | 0;
    shiftAfter(leaf, shift);
    return true;
}

/** The changed region: `[start, oldEnd)` of the old text became `[start, newEnd)` of the new one. */
export interface TextChange {
    start: number;
    oldEnd: number;
    newEnd: number;
}

/**
 * The shortest region that differs, found from both ends (an editor sends one change per keystroke). Equal
 * stretches are skipped a chunk at a time: comparing two slices runs natively, a character loop in JavaScript
 * would cost about a millisecond on a 5,000-line plan.
 */
export function changedSpan(oldText: string, newText: string): TextChange {
    const limit = Math.min(oldText.length, newText.length);
    let start = 0;
    while (start + CHUNK <= limit && oldText.slice(start, start + CHUNK) === newText.slice(start, start + CHUNK)) start += CHUNK;
    while (start < limit && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
    let oldEnd = oldText.length;
    let newEnd = newText.length;
    while (
        oldEnd - CHUNK >= start &&
        newEnd - CHUNK >= start &&
        oldText.slice(oldEnd - CHUNK, oldEnd) === newText.slice(newEnd - CHUNK, newEnd)
    ) {
        oldEnd -= CHUNK;
        newEnd -= CHUNK;
    }
    while (oldEnd > start && newEnd > start && oldText.charCodeAt(oldEnd - 1) === newText.charCodeAt(newEnd - 1)) {
        oldEnd--;
        newEnd--;
    }
    return { start, oldEnd, newEnd };
}

const CHUNK = 256;

/** The member whose text holds `offset`, by binary search: members are in text order. */
function memberAt(members: readonly AstNode[], offset: number): number | undefined {
    let low = 0;
    let high = members.length - 1;
    while (low <= high) {
        const middle = (low + high) >> 1;
        const cst = members[middle].$cstNode;
        if (!cst) return undefined;
        if (offset < cst.offset) high = middle - 1;
        else if (offset >= cst.end) low = middle + 1;
        else return middle;
    }
    return undefined;
}

function lastLeaf(node: CstNode): MutableLeaf | undefined {
    let current: CstNode | undefined = node;
    while (current && isCompositeCstNode(current)) {
        const content: readonly CstNode[] = current.content;
        let next: CstNode | undefined;
        for (let i = content.length - 1; i >= 0 && !next; i--) if (!content[i].hidden) next = content[i];
        current = next;
    }
    return current as MutableLeaf | undefined;
}

/** Moves a freshly parsed subtree, positioned from 0, to where its text starts in the document. */
function shiftSubtree(node: MutableComposite, offset: number, line: number, column: number): void {
    node._rangeCache = undefined;
    for (const child of node.content) {
        if (isCompositeCstNode(child)) {
            shiftSubtree(child as MutableComposite, offset, line, column);
            continue;
        }
        const leaf = child as MutableLeaf;
        leaf._offset = (leaf._offset + offset) | 0;
        if (leaf._startLine === 0) leaf._startColumn = (leaf._startColumn + column) | 0;
        if (leaf._endLine === 0) leaf._endColumn = (leaf._endColumn + column) | 0;
        leaf._startLine = (leaf._startLine + line) | 0;
        leaf._endLine = (leaf._endLine + line) | 0;
    }
}

interface LaterShift {
    offset: number;
    line: number;
    /** The line the member ended on before the edit: text after it on that line moves sideways too. */
    oldEndLine: number;
    column: number;
}

/** Moves everything after the member by the edit's size, and forgets the cached ranges of its ancestors. */
function shiftAfter(from: CstNode, shift: LaterShift): void {
    let node = from as MutableNode;
    let parent = node.container as MutableComposite | undefined;
    while (parent) {
        parent._rangeCache = undefined;
        const siblings = parent.content;
        for (let i = siblings.indexOf(node as CstNode) + 1; i < siblings.length; i++) shiftLater(siblings[i], shift);
        node = parent;
        parent = node.container as MutableComposite | undefined;
    }
}

function shiftLater(node: CstNode, shift: LaterShift): void {
    if (isCompositeCstNode(node)) {
        (node as MutableComposite)._rangeCache = undefined;
        for (const child of node.content) shiftLater(child, shift);
        return;
    }
    const leaf = node as MutableLeaf;
    leaf._offset = (leaf._offset + shift.offset) | 0;
    if (leaf._startLine === shift.oldEndLine) leaf._startColumn = (leaf._startColumn + shift.column) | 0;
    if (leaf._endLine === shift.oldEndLine) leaf._endColumn = (leaf._endColumn + shift.column) | 0;
    leaf._startLine = (leaf._startLine + shift.line) | 0;
    leaf._endLine = (leaf._endLine + shift.line) | 0;
}

/** The private fields of Langium 4.4's CST classes that a splice must update. */
interface MutableNode {
    container?: CompositeCstNode;
}
export interface MutableLeaf extends LeafCstNode {
    _offset: number;
    _length: number;
    _startLine: number;
    _startColumn: number;
    _endLine: number;
    _endColumn: number;
}
export interface MutableComposite extends CompositeCstNode {
    content: CstNode[];
    _astNode: AstNode | undefined;
    _rangeCache: unknown;
}
interface MutableRoot extends MutableComposite {
    _text: string;
}
type MutableAstNode = { -readonly [K in keyof AstNode]: AstNode[K] };
