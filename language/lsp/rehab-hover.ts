import { AstUtils, CstUtils, GrammarAST, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import { parseJSDoc } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { Diagnostic, Position, Range } from 'vscode-languageserver-types';
import { isAllow, isExercise } from '../generated/ast.js';
import type { RuleDefinition } from '../rules/profile-schema.js';
import type { BuiltinLibrary } from '../library/builtin-library.js';
import type { RehabServices } from '../rehab-module.js';
import type { RuleCatalogue } from '../rules/rule-catalogue.js';
import type { RehabSettingsService } from '../rules/rule-settings.js';
import { exerciseMarkdown, ruleMarkdown } from './lsp-text.js';

/** Exercises, rule diagnostics under the cursor, and keywords (the grammar's doc comment of their rule). */
export class RehabHoverProvider extends AstNodeHoverProvider {
    private readonly builtins: BuiltinLibrary;
    private readonly catalogue: RuleCatalogue;
    private readonly settings: RehabSettingsService;
    private readonly grammar: GrammarAST.Grammar;
    private comments?: Map<string, string>;

    constructor(services: RehabServices) {
        super(services);
        this.grammar = services.Grammar;
        this.builtins = services.library.Builtins;
        this.catalogue = services.rules.Catalogue;
        this.settings = services.rules.Settings;
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const parts: string[] = [];
        const base = await super.getHoverContent(document, params);
        const value = base && typeof base.contents === 'object' && 'value' in base.contents ? base.contents.value : undefined;
        if (value) parts.push(value);
        const allowed = this.allowedRuleAt(document, params.position);
        if (allowed && parts.length === 0) parts.push(ruleMarkdown(allowed, this.settings.get().language));
        parts.push(...this.ruleHovers(document.diagnostics ?? [], params.position).filter(text => !parts.includes(text)));
        return parts.length > 0 ? { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') } } : undefined;
    }

    protected override getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        if (!isExercise(node)) return undefined;
        return exerciseMarkdown(node, this.settings.get().language, this.builtins.isBuiltin(node));
    }

    /** Keywords reached through `Name` are names there, not keywords; the rest show their rule's doc comment. */
    protected override getKeywordHoverContent(keyword: GrammarAST.AbstractElement): MaybePromise<Hover | undefined> {
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
        const comment = rule && rule.name !== 'Name' ? this.ruleComments().get(rule.name) : undefined;
        const markdown = comment ? parseJSDoc(comment).toMarkdown() : undefined;
        return markdown ? { contents: { kind: 'markdown', value: markdown } } : undefined;
    }

    /** Each rule's doc comment; a rule without one (`TimesPer`) borrows it from the rule that calls it (`Frequency`). */
    private ruleComments(): Map<string, string> {
        if (this.comments) return this.comments;
        const comments = new Map<string, string>();
        const rules = this.grammar.rules.filter(GrammarAST.isParserRule);
        for (const rule of rules) {
            const own = (rule as { $comment?: string }).$comment;
            if (own) comments.set(rule.name, own);
        }
        for (const rule of rules) {
            const own = comments.get(rule.name);
            if (!own || rule.name === 'Name') continue;
            for (const call of AstUtils.streamAllContents(rule).filter(GrammarAST.isRuleCall)) {
                const callee = call.rule.ref?.name;
                if (callee && !comments.has(callee)) comments.set(callee, own);
            }
        }
        this.comments = comments;
        return comments;
    }

    /** The rule named in `allow RULE …` under the cursor. */
    private allowedRuleAt(document: LangiumDocument, position: Position): RuleDefinition | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root ? CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(position)) : undefined;
        const allow = leaf?.astNode;
        return isAllow(allow) && allow.rule === leaf?.text ? this.catalogue.rule(allow.rule) : undefined;
    }

    private ruleHovers(diagnostics: Diagnostic[], position: Position): string[] {
        const language = this.settings.get().language;
        const seen = new Set<string>();
        const result: string[] = [];
        for (const d of diagnostics) {
            const id = typeof d.code === 'string' ? d.code : undefined;
            const rule = id ? this.catalogue.rule(id) : undefined;
            if (!rule || seen.has(rule.id) || !contains(d.range, position)) continue;
            seen.add(rule.id);
            result.push(ruleMarkdown(rule, language));
        }
        return result;
    }
}

function contains(range: Range, p: Position): boolean {
    const afterStart = p.line > range.start.line || (p.line === range.start.line && p.character >= range.start.character);
    const beforeEnd = p.line < range.end.line || (p.line === range.end.line && p.character <= range.end.character);
    return afterStart && beforeEnd;
}
