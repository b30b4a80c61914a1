import { DefaultDocumentValidator, DocumentValidator, type LangiumDocument, type ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Cancellation } from 'langium';
type CancellationToken = Cancellation.CancellationToken;

/** Parse and link errors carry the contract's rule names, `syntax` and `reference`, as their code. */
export class RehabDocumentValidator extends DefaultDocumentValidator {
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
