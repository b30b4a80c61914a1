// The document's Content Security Policy. Values that end up inside the policy are checked
// against tight patterns, since a `;` or a quote in them would add directives of their own.

const NONCE = /^[A-Za-z0-9+/_=-]{16,128}$/;
const CSP_SOURCE = /^[A-Za-z][A-Za-z0-9+.-]*:(\/\/)?[A-Za-z0-9*._:/-]*$|^'self'$/;
const SCRIPT_URI = /^(https|vscode-webview|vscode-resource|vscode-webview-resource|file):[^\s"'<>`]*$/i;

export function isSafeNonce(nonce: string | undefined): nonce is string {
    return typeof nonce === 'string' && NONCE.test(nonce);
}

export function isSafeCspSource(source: string | undefined): source is string {
    return typeof source === 'string' && source.length <= 200 && CSP_SOURCE.test(source);
}

export function isSafeScriptUri(uri: string | undefined): uri is string {
    return typeof uri === 'string' && uri.length <= 2000 && SCRIPT_URI.test(uri);
}

/**
 * With a nonce and a webview source: styles and the one script must carry the nonce. Without
 * them (the handout, a file opened in a browser) no script may run at all.
 */
export function contentSecurityPolicy(nonce?: string, cspSource?: string): string {
    if (isSafeNonce(nonce) && isSafeCspSource(cspSource)) {
        return `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${cspSource} data:; base-uri 'none'; form-action 'none';`;
    }
    return `default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none';`;
}
