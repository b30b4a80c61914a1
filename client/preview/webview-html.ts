import { randomBytes } from 'node:crypto';
import { contentSecurityPolicy } from '../../language/render/csp.js';
import { html } from '../../language/render/html.js';
import type { PreviewParams } from '../../language/render/preview-protocol.js';

// What the panel puts into its webview, kept free of `vscode` so unit tests can check the CSP.

export interface WebviewSecurity {
    /** `webview.cspSource` */
    cspSource: string;
    /** `webview.asWebviewUri(media/preview.js)` as a string */
    scriptUri: string;
}

/** A fresh nonce per render: 18 random bytes, base64 (24 characters). */
export function createNonce(): string {
    return randomBytes(18).toString('base64');
}

/** The request for one editor-preview render; every call carries a new nonce. */
export function previewParams(uri: string, security: WebviewSecurity, language?: 'en' | 'da'): PreviewParams {
    return { uri, mode: 'editor', language, nonce: createNonce(), cspSource: security.cspSource, scriptUri: security.scriptUri };
}

/** A page for the moments without a rendered plan (loading, no server, an error); no script at all. */
export function placeholderHtml(message: string, security: WebviewSecurity, nonce: string = createNonce()): string {
    const csp = contentSecurityPolicy(nonce, security.cspSource);
    return html`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<style nonce="${nonce}">body { font-family: var(--vscode-font-family, sans-serif); color: var(--vscode-descriptionForeground, #555); padding: 2rem; }</style>
</head><body><p>${message}</p></body></html>
`.value;
}
