import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy } from '../../language/render/csp.js';
import { placeholderHtml, previewParams } from '../../client/preview/webview-html.js';
import { examples, renderText } from './render-helpers.js';

const security = { cspSource: 'https://*.vscode-cdn.net', scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.js' };
const plan = () => examples().find(e => e.name === 'return-to-running.rehab')!.text;

function policy($: CheerioAPI): string {
    const metas = $('meta[http-equiv="Content-Security-Policy"]');
    expect(metas).toHaveLength(1);
    return metas.attr('content')!;
}

/** Nothing in the document may load from outside the webview, and nothing may run inline. */
function expectNoRemoteOrInlineCode($: CheerioAPI, allowedScript?: string): void {
    for (const el of $('*').toArray()) {
        for (const [name, value] of Object.entries((el as { attribs: Record<string, string> }).attribs)) {
            expect(name.startsWith('on'), `event handler ${name}`).toBe(false);
            expect(name).not.toBe('style');
            if (['src', 'href', 'xlink:href', 'action', 'srcset', 'data'].includes(name)) expect(value).toBe(allowedScript);
        }
    }
    expect($('link, iframe, object, embed, img, base')).toHaveLength(0);
}

describe('the webview HTML', () => {
    test('carries a strict CSP whose nonce is on its one script and its style', async () => {
        const params = previewParams('file:///p.rehab', security);
        const { $ } = await renderText(plan(), { ...params, mode: 'editor' });
        const csp = policy($);
        expect(csp).toContain("default-src 'none'");
        expect(csp).toContain(`script-src 'nonce-${params.nonce}'`);
        expect(csp).toContain(`style-src ${security.cspSource} 'nonce-${params.nonce}'`);
        expect(csp).toContain(`img-src ${security.cspSource} data:`);
        expect(csp).not.toContain('unsafe');
        expect($('script')).toHaveLength(1);
        expect($('script').attr('nonce')).toBe(params.nonce);
        expect($('script').attr('src')).toBe(security.scriptUri);
        expect($('script').text()).toBe('');
        expect(
            $('style')
                .toArray()
                .every(s => $(s).attr('nonce') === params.nonce)
        ).toBe(true);
        expectNoRemoteOrInlineCode($, security.scriptUri);
    });

    test('gets a fresh nonce on every render', () => {
        const nonces = Array.from({ length: 50 }, () => previewParams('file:///p.rehab', security).nonce);
        expect(new Set(nonces).size).toBe(50);
        for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
    });

    test('placeholder pages share the policy and run no script', () => {
        const $ = load(placeholderHtml('<script>alert(1)</script>', security));
        expect(policy($)).toContain("default-src 'none'");
        expect($('script')).toHaveLength(0);
        expect($('p').text()).toBe('<script>alert(1)</script>');
        expectNoRemoteOrInlineCode($);
    });

    test('a CSP source or nonce that would add directives is refused, leaving no script at all', async () => {
        const hostile = [
            { nonce: 'abcdefghijklmnop', cspSource: 'https://x.test; script-src *' },
            { nonce: "abcdefghijklmnop' 'unsafe-inline", cspSource: security.cspSource },
            { nonce: 'short', cspSource: security.cspSource }
        ];
        for (const options of hostile) {
            const { $ } = await renderText(plan(), { ...options, scriptUri: security.scriptUri, mode: 'editor' });
            expect(policy($)).toBe(contentSecurityPolicy());
            expect($('script')).toHaveLength(0);
        }
        const { $ } = await renderText(plan(), {
            ...previewParams('file:///p.rehab', security),
            scriptUri: 'javascript:alert(1)',
            mode: 'editor'
        });
        expect($('script')).toHaveLength(0);
    });

    test('the handout forbids every script', async () => {
        const { $ } = await renderText(plan(), { ...previewParams('file:///p.rehab', security), mode: 'handout' });
        const csp = policy($);
        expect(csp).toContain("default-src 'none'");
        expect(csp).not.toContain('script-src');
        expect($('script')).toHaveLength(0);
        expectNoRemoteOrInlineCode($);
    });
});
