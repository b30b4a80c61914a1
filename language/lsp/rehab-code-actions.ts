import { AstUtils, CstUtils, type CstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeActionParams } from 'vscode-languageserver';
import {
    CodeActionKind,
    DiagnosticSeverity,
    type CodeAction,
    type Command,
    type Diagnostic,
    type TextEdit
} from 'vscode-languageserver-types';
import type { Phase, Plan } from '../generated/ast.js';
import { isPhase, isPlan } from '../generated/ast.js';
import type { QuickFix } from '../fixes/text-edits.js';
import type { RehabServices } from '../rehab-module.js';
import type { RuleDiagnosticData } from '../rules/rule-reporter.js';
import type { RuleCatalogue } from '../rules/rule-catalogue.js';
import type { RehabSettingsService } from '../rules/rule-settings.js';
import { words } from './lsp-text.js';

/** Rules an `allow` cannot silence: RP005 is about `allow` itself. */
const NOT_ALLOWABLE = new Set(['RP005']);

/** Every quick fix a rule attached to its diagnostic, plus `allow RULE because "…"` for warnings and errors. */
export class RehabCodeActionProvider implements CodeActionProvider {
    private readonly catalogue: RuleCatalogue;
    private readonly settings: RehabSettingsService;

    constructor(services: RehabServices) {
        this.catalogue = services.rules.Catalogue;
        this.settings = services.rules.Settings;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        const actions: CodeAction[] = [];
        const uri = document.textDocument.uri;
        for (const diagnostic of params.context.diagnostics) {
            const fix = quickFixOf(diagnostic);
            if (fix) actions.push(this.action(fix.title, uri, fix.edits, diagnostic, true));
            const allow = this.allowAction(document, diagnostic);
            if (allow) actions.push(allow);
        }
        return actions;
    }

    private allowAction(document: LangiumDocument, diagnostic: Diagnostic): CodeAction | undefined {
        const rule = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
        const serious = diagnostic.severity === DiagnosticSeverity.Error || diagnostic.severity === DiagnosticSeverity.Warning;
        if (!rule || !serious || NOT_ALLOWABLE.has(rule) || !this.catalogue.has(rule)) return undefined;
        const edit = allowEdit(document, diagnostic, rule);
        if (!edit) return undefined;
        const title = words(this.settings.get().language).allow.replace('{rule}', rule);
        return this.action(title, document.textDocument.uri, [edit], diagnostic, false);
    }

    private action(title: string, uri: string, edits: TextEdit[], diagnostic: Diagnostic, isPreferred: boolean): CodeAction {
        return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred, edit: { changes: { [uri]: edits } } };
    }
}

export function quickFixOf(diagnostic: Diagnostic): QuickFix | undefined {
    const fix = (diagnostic.data as RuleDiagnosticData | undefined)?.fix;
    return fix && typeof fix.title === 'string' && Array.isArray(fix.edits) && fix.edits.length > 0 ? fix : undefined;
}

/** `allow RULE because "reason"` as the last line of the phase or plan block around the diagnostic. */
export function allowEdit(document: LangiumDocument, diagnostic: Diagnostic, rule: string): TextEdit | undefined {
    const root = document.parseResult.value.$cstNode;
    if (!root) return undefined;
    const offset = document.textDocument.offsetAt(diagnostic.range.start);
    const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
    const block: Phase | Plan | undefined = leaf
        ? (AstUtils.getContainerOfType(leaf.astNode, isPhase) ?? AstUtils.getContainerOfType(leaf.astNode, isPlan))
        : (document.parseResult.value as { plan?: Plan }).plan;
    const close = block?.$cstNode ? lastClosingBrace(block.$cstNode) : undefined;
    if (!block?.$cstNode || !close) return undefined;
    const text = document.textDocument;
    const blockLine = text.getText({ start: { line: block.$cstNode.range.start.line, character: 0 }, end: block.$cstNode.range.start });
    const indent = /^[ \t]*/.exec(blockLine)?.[0] ?? '';
    const line = `allow ${rule} because "reason"`;
    const closeStart = close.range.start;
    const beforeClose = text.getText({ start: { line: closeStart.line, character: 0 }, end: closeStart });
    if (beforeClose.trim() === '') {
        const at = { line: closeStart.line, character: 0 };
        return { range: { start: at, end: at }, newText: `${indent}    ${line}\n` };
    }
    return { range: { start: closeStart, end: closeStart }, newText: `\n${indent}    ${line}\n${indent}` };
}

function lastClosingBrace(node: CstNode): CstNode | undefined {
    const leaf = CstUtils.findLeafNodeAtOffset(node, node.end - 1);
    return leaf?.text === '}' ? leaf : undefined;
}
