import { AstUtils, DefaultDocumentValidator, DocumentValidator, interruptAndCheck, type AstNode, type LangiumDocument, type ValidationAcceptor, type ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { Cancellation } from 'langium';
type CancellationToken = Cancellation.CancellationToken;

/** Parse and link errors carry the contract's rule names, `syntax` and `reference`, as their code. */
export class RehabDocumentValidator extends DefaultDocumentValidator {
    /** Langium awaits between every node; a large plan has tens of thousands, so yield only every few hundred. */
    protected override async validateAstNodes(root: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken?: CancellationToken): Promise<void> {
        let visited = 0;
        const nodes = AstUtils.streamAst(root).iterator();
        for (const node of nodes) {
            if (++visited % 500 === 0) await interruptAndCheck(cancelToken ?? Cancellation.CancellationToken.None);
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) {
                for (const check of this.validationRegistry.getChecks(node.$type, options.categories)) {
                    const result = check(node, acceptor, cancelToken ?? Cancellation.CancellationToken.None) as unknown;
                    if (result instanceof Promise) await result;
                }
            }
            if (!nodeOptions.validateChildren) nodes.prune();
        }
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        for (const d of diagnostics) {
            const kind = (d.data as { code?: string } | undefined)?.code;
            if (kind === DocumentValidator.LexingError || kind === DocumentValidator.ParsingError) d.code = 'syntax';
            else if (kind === DocumentValidator.LinkingError) d.code = 'reference';
        }
        return diagnostics;
    }
}
