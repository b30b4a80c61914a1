// Shared by the language server, the extension and the webview script (media/preview.js mirrors
// the message shapes by hand: it is plain JavaScript and cannot import this file).

export const PREVIEW_REQUEST = 'rehab/preview';

export type PreviewMode = 'handout' | 'editor';

export interface PreviewParams {
    uri: string;
    language?: 'en' | 'da';
    mode: PreviewMode;
    /** Editor mode: a fresh nonce for this render; it goes into the CSP and onto the one script and style. */
    nonce?: string;
    /** Editor mode: the webview's `cspSource`. */
    cspSource?: string;
    /** Editor mode: the webview URI of media/preview.js. */
    scriptUri?: string;
}

export interface PreviewResult {
    html: string;
    /** The text document version that was rendered; -1 when the document is unknown. */
    version: number;
}

/** Messages from the webview to the extension. */
export type WebviewToExtension = { type: 'ready' } | { type: 'reveal'; line: number } | { type: 'scroll'; scrollY: number };

/** Messages from the extension to the webview. */
export type ExtensionToWebview = { type: 'restore'; uri: string; scrollY: number };

/** What the webview keeps with `setState`, and what the serializer gets back on restore. */
export interface PreviewState {
    uri?: string;
    scrollY?: number;
}

/** Messages come from a page we do not fully control; anything unexpected is dropped. */
export function parseWebviewMessage(message: unknown): WebviewToExtension | undefined {
    if (typeof message !== 'object' || message === null) return undefined;
    const m = message as Record<string, unknown>;
    if (m.type === 'ready') return { type: 'ready' };
    if (m.type === 'reveal' && Number.isInteger(m.line) && (m.line as number) >= 1) return { type: 'reveal', line: m.line as number };
    if (m.type === 'scroll' && typeof m.scrollY === 'number' && Number.isFinite(m.scrollY) && m.scrollY >= 0)
        return { type: 'scroll', scrollY: m.scrollY };
    return undefined;
}

export function parsePreviewState(state: unknown): PreviewState {
    if (typeof state !== 'object' || state === null) return {};
    const s = state as Record<string, unknown>;
    return {
        uri: typeof s.uri === 'string' ? s.uri : undefined,
        scrollY: typeof s.scrollY === 'number' && Number.isFinite(s.scrollY) && s.scrollY >= 0 ? s.scrollY : undefined
    };
}
