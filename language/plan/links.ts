/*
 * An exercise's `link` as the handout may use it: `https:` addresses and relative paths only. The checker reports
 * anything else (RP006) with this same test; the renderer refuses it again on its own, so a plan that is rendered
 * despite its errors (the editor preview renders as you type) still never gets a `javascript:`, `data:`,
 * `http:`, `file:` or protocol-relative `//host` address into an `href` or a QR code.
 */

/** The link to use, trimmed; undefined when it is not an `https:` or relative address. */
export function patientLink(link: string | undefined): string | undefined {
    if (typeof link !== 'string') return undefined;
    const trimmed = link.trim();
    if (trimmed.length === 0 || trimmed.length > 2000) return undefined;
    // No controls, spaces, quotes, angle brackets, backslashes or backticks anywhere in the address.
    if (/[\u0000-\u0020\u007f-\u009f"'<>\\`\u2028\u2029]/.test(trimmed)) return undefined;
    if (/^https:\/\/[A-Za-z0-9[]/.test(trimmed)) return trimmed;
    if (trimmed.startsWith('//')) return undefined;
    // Relative: no scheme, i.e. no colon before the first `/`, `?` or `#`.
    const head = trimmed.split(/[/?#]/)[0];
    return head.includes(':') ? undefined : trimmed;
}
