import {
    DefaultDocumentValidator,
    DocumentValidator,
    interruptAndCheck,
    isAstNode,
    type AstNode,
    type LangiumDocument,
    type ValidationAcceptor,
    type ValidationOptions
} from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { Cancellation } from 'langium';
import { isModel } from '../generated/ast.js';
import type { RehabServices } from '../rehab-module.js';
import type { RehabSettingsService } from '../rules/rule-settings.js';
import { lineHint, unitHintAfterNumber } from '../parser/mistake-hints.js';
import type { RehabValidationRegistry } from './rehab-validation-registry.js';
type CancellationToken = Cancellation.CancellationToken;

/** Parse and link errors carry the contract's rule names, `syntax` and `reference`, as their code. */
export class RehabDocumentValidator extends DefaultDocumentValidator {
    private readonly settings: RehabSettingsService;
    private readonly registry: RehabValidationRegistry;

    constructor(services: RehabServices) {
        super(services);
        this.settings = services.rules.Settings;
        this.registry = services.validation.ValidationRegistry as RehabValidationRegistry;
    }

    /**
     * Langium awaits between every node and walks the tree with nested generators; a large plan has tens of
     * thousands of nodes, so this walks with an explicit stack, in document order, and yields only every few hundred.
     */
    protected override async validateAstNodes(
        root: AstNode,
        options: ValidationOptions,
        acceptor: ValidationAcceptor,
        cancelToken: CancellationToken = Cancellation.CancellationToken.None
    ): Promise<void> {
        // While the text has a syntax error only `syntax` and `reference` diagnostics are kept (withoutCascades), and
        // of the node checks only the imports' report `reference`: the rule families need not walk the partial tree.
        const parsed = root.$document?.parseResult;
        const broken = parsed !== undefined && (parsed.lexerErrors.length > 0 || parsed.parserErrors.length > 0);
        let visited = 0;
        const stack: AstNode[] = [root];
        const children: AstNode[] = [];
        while (stack.length > 0) {
            const node = stack.pop()!;
            if (++visited % 500 === 0) await interruptAndCheck(cancelToken);
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            const check = nodeOptions.validateNode ? this.registry.checkFor(node.$type, options.categories) : undefined;
            if (check) {
                const result = check(node, acceptor, cancelToken) as unknown;
                if (result instanceof Promise) await result;
            }
            if (!nodeOptions.validateChildren) continue;
            if (broken) {
                if (isModel(node)) for (let i = node.imports.length - 1; i >= 0; i--) stack.push(node.imports[i]);
                continue;
            }
            childNodes(node, children);
            for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
            children.length = 0;
        }
    }

    override async validateDocument(
        document: LangiumDocument,
        options?: ValidationOptions,
        cancelToken?: CancellationToken
    ): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        for (const d of diagnostics) {
            const kind = (d.data as { code?: string } | undefined)?.code;
            if (kind === DocumentValidator.LexingError || kind === DocumentValidator.ParsingError) d.code = 'syntax';
            else if (kind === DocumentValidator.LinkingError) d.code = 'reference';
        }
        const language = this.settings.get().language;
        for (const d of diagnostics) {
            if (d.code !== 'syntax') continue;
            const line = document.textDocument.getText({
                start: { line: d.range.start.line, character: 0 },
                end: { line: d.range.start.line + 1, character: 0 }
            });
            const word = /^[A-Za-z][\w-]*/.exec(line.slice(d.range.start.character))?.[0];
            const hint = lineHint(line, language) ?? (word && unitHintAfterNumber(line.slice(0, d.range.start.character), word, language));
            if (hint) d.message = hint;
        }
        return withoutCascades(diagnostics);
    }
}

/**
 * One mistake, one message. While a plan has a syntax error its tree is partial, so a rule may fire on what is
 * missing (a false PF041 when a phase did not parse): rule diagnostics wait until the syntax is right. The parser's
 * recovery can also report the same mistake twice on a line, or the rest of the file as "after the end of the
 * plan": only the first error of a line is kept, and "after the end" only when nothing came before it.
 */
export function withoutCascades(diagnostics: Diagnostic[]): Diagnostic[] {
    const syntax = diagnostics.filter(d => d.code === 'syntax');
    if (syntax.length === 0) return diagnostics;
    const lines = new Set<number>();
    const kept: Diagnostic[] = [];
    for (const d of syntax) {
        const line = d.range.start.line;
        if (lines.has(line)) continue;
        if (kept.length > 0 && isAfterTheEnd(d)) continue;
        // A statement cut short on one line makes the parser stumble over the first word of the next.
        if (lines.has(line - 1) && isGenericExpectation(d)) continue;
        lines.add(line);
        kept.push(d);
    }
    return [...kept, ...diagnostics.filter(d => d.code === 'reference')];
}

function isGenericExpectation(d: Diagnostic): boolean {
    return /^(Expecting|Forventede) /.test(typeof d.message === 'string' ? d.message : d.message.value);
}

function isAfterTheEnd(d: Diagnostic): boolean {
    return /after the end of the plan|efter planens slutning/.test(typeof d.message === 'string' ? d.message : d.message.value);
}

/** The AST nodes directly contained in `node` (references and values skipped), in property order. */
function childNodes(node: AstNode, into: AstNode[]): void {
    for (const key in node) {
        if (key.charCodeAt(0) === 36 /* $ */) continue;
        const value = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(value)) {
            for (const item of value) if (isAstNode(item)) into.push(item);
        } else if (isAstNode(value)) {
            into.push(value);
        }
    }
}
