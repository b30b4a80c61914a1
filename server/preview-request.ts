import { URI } from 'langium';
import { CancellationToken, ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import type { RehabServices } from '../language/rehab-module.js';
import { PREVIEW_REQUEST, type PreviewParams, type PreviewResult } from '../language/render/preview-protocol.js';
import { renderPlanHtml } from '../language/render/render-plan-html.js';
import { validatedDocument } from './validated-document.js';

/**
 * `rehab/preview`: renders the built document of `uri` with its diagnostics. It waits for
 * validation so the preview never shows diagnostics of an older version than its content.
 */
export function registerPreviewRequest(connection: Connection, services: RehabServices): void {
    connection.onRequest(PREVIEW_REQUEST, (params: unknown, token?: CancellationToken) => renderPreview(services, params, token));
}

export async function renderPreview(
    services: RehabServices,
    raw: unknown,
    token: CancellationToken = CancellationToken.None
): Promise<PreviewResult> {
    const params = checkParams(raw);
    let uri: URI;
    try {
        uri = URI.parse(params.uri);
    } catch {
        throw new ResponseError(ErrorCodes.InvalidParams, 'rehab/preview: the uri is not a valid URI.');
    }
    const document = await validatedDocument(services, uri, 'rehab/preview', token);
    if (!document) throw new ResponseError(ErrorCodes.InvalidParams, `rehab/preview: document ${uri.toString()} was closed.`);
    const html = renderPlanHtml(document.parseResult.value, {
        language: params.language,
        mode: params.mode,
        diagnostics: document.diagnostics ?? [],
        nonce: params.nonce,
        cspSource: params.cspSource,
        scriptUri: params.scriptUri
    });
    return { html, version: document.textDocument.version };
}

/** The params come over the wire: only well-typed fields are kept; the renderer checks the CSP values again. */
function checkParams(raw: unknown): PreviewParams {
    if (typeof raw !== 'object' || raw === null || typeof (raw as { uri?: unknown }).uri !== 'string') {
        throw new ResponseError(ErrorCodes.InvalidParams, 'rehab/preview expects { uri: string, mode: "handout" | "editor" }.');
    }
    const p = raw as Record<string, unknown>;
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    return {
        uri: p.uri as string,
        language: p.language === 'en' || p.language === 'da' ? p.language : undefined,
        mode: p.mode === 'editor' ? 'editor' : 'handout',
        nonce: text(p.nonce),
        cspSource: text(p.cspSource),
        scriptUri: text(p.scriptUri)
    };
}
