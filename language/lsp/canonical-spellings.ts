import { AstUtils, CstUtils, GrammarAST, GrammarUtils, type CstNode, type LangiumDocument } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import { isSetsHold, isSetsReps } from '../generated/ast.js';
import { canonicalSpelling } from '../parser/rehab-value-converter.js';

/*
 * The formatter writes the canonical form of what clinicians type (LANGUAGE.md v2): `minutes` → `min`,
 * `3 times a week` → `3 times weekly`, `3 x 10` → `3 x 10 reps`, `3 x 30 s` → `3 x 30 s hold`. The parsed plan is the
 * same before and after (the value converter already reads the spellings canonically), so formatting never changes
 * what the rules judge or the JSON says.
 */

/** Rules whose words have a canonical spelling. */
const SPELLED_RULES = new Set(['TimeUnit', 'Unit', 'StepUnit']);

export function canonicalSpellingEdits(document: LangiumDocument): TextEdit[] {
    const root = document.parseResult.value.$cstNode;
    if (!root) return [];
    const edits: TextEdit[] = [];
    const leaves = words(root);
    for (let i = 0; i < leaves.length; i++) {
        const leaf = leaves[i];
        const rule = ruleOf(leaf);
        if (rule && SPELLED_RULES.has(rule)) {
            const canonical = canonicalSpelling(leaf.text);
            if (canonical && canonical !== leaf.text) edits.push({ range: leaf.range, newText: canonical });
        } else if (rule === 'Per' && (leaf.text === 'a' || leaf.text === 'per')) {
            const next = leaves[i + 1];
            if (next && (next.text === 'day' || next.text === 'week')) {
                edits.push({ range: span(leaf.range, next.range), newText: next.text === 'day' ? 'daily' : 'weekly' });
                i++;
            }
        }
    }
    // `30 seconds` → `30 s hold`: the added word replaces the respelling of the same token.
    const added = missingWords(document);
    const key = (e: TextEdit) => `${e.range.start.line}:${e.range.start.character}`;
    const replaced = new Set(added.map(key));
    return [...edits.filter(e => !replaced.has(key(e))), ...added];
}

/** `reps` after a sets-x-reps dose and `hold` after a held time, where the plan left them out. */
function missingWords(document: LangiumDocument): TextEdit[] {
    const edits: TextEdit[] = [];
    for (const node of AstUtils.streamAst(document.parseResult.value)) {
        const cst = node.$cstNode;
        // Only the two dose forms are read: listing every node's words would read each word once per ancestor.
        if (!cst || !(isSetsReps(node) || isSetsHold(node))) continue;
        const leaves = words(cst);
        if (isSetsReps(node) && !leaves.some(w => w.text === 'reps')) {
            const last = GrammarUtils.findNodeForProperty(cst, node.repsTo !== undefined ? 'repsTo' : 'reps');
            if (last) edits.push({ range: last.range, newText: `${last.text} reps` });
        }
        if (isSetsHold(node) && !leaves.some(w => w.text === 'hold')) {
            const last = leaves[leaves.length - 1];
            if (last) edits.push({ range: last.range, newText: `${canonicalSpelling(last.text) ?? last.text} hold` });
        }
    }
    return edits;
}

/** The words of a node: its leaves without comments. */
function words(node: CstNode): CstNode[] {
    return CstUtils.flattenCst(node)
        .filter(n => !n.hidden)
        .toArray();
}

/** The datatype rule a leaf was parsed by (`TimeUnit` for `minutes`), if any. */
function ruleOf(leaf: CstNode): string | undefined {
    let container = leaf.container;
    while (container) {
        const source = container.grammarSource;
        if (source && GrammarAST.isRuleCall(source)) return source.rule.ref?.name;
        if (container.astNode !== leaf.astNode) return undefined;
        container = container.container;
    }
    return undefined;
}

function span(a: Range, b: Range): Range {
    return { start: a.start, end: b.end };
}
