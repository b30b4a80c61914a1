import { DocumentState, type LangiumDocument, type URI } from 'langium';
import { ErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import type { Model } from '../language/generated/ast.js';
import type { RehabServices } from '../language/rehab-module.js';

/**
 * The document of `uri` once it is validated, so a request never answers from a tree older than its diagnostics;
 * undefined when it was closed meanwhile. A document that is not open is the caller's mistake (InvalidParams).
 */
export async function validatedDocument(
    services: RehabServices,
    uri: URI,
    request: string,
    token: CancellationToken
): Promise<LangiumDocument<Model> | undefined> {
    const documents = services.shared.workspace.LangiumDocuments;
    if (!documents.hasDocument(uri))
        throw new ResponseError(ErrorCodes.InvalidParams, `${request}: no document ${uri.toString()} is open.`);
    await services.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
    return documents.getDocument(uri) as LangiumDocument<Model> | undefined;
}
