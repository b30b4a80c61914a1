// The browser bundles' stand-in for `node:crypto`, which client/preview/webview-html.ts imports for its
// nonce (esbuild.mjs redirects the import here). Only randomBytes(n).toString('base64') is used.
export function randomBytes(size: number): { toString(encoding: 'base64'): string } {
    const bytes = globalThis.crypto.getRandomValues(new Uint8Array(size));
    return {
        toString: () => btoa(String.fromCharCode(...bytes))
    };
}
