import fc from 'fast-check';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { html, raw } from '../../language/render/html.js';
import type { RenderOptions } from '../../language/render/render-plan-html.js';
import { renderText } from '../render/render-helpers.js';
import { CHROMIUM_PATH, launchChromium } from './chromium.js';

// Every payload tries to set window.__pwned or open a dialog; the page runs with CSP bypassed, so
// only escaping stands between the payload and execution.
const HOSTILE = [
    '<script>window.__pwned = 1</script>',
    '<img src=x onerror="window.__pwned = 1">',
    '"><img src=x onerror=window.__pwned=1>',
    "' onmouseover='window.__pwned=1' x='",
    'javascript:window.__pwned=1',
    '<a href="javascript:window.__pwned=1">click</a>',
    '<svg onload="window.__pwned=1"><script>window.__pwned=1</script></svg>',
    '</title></svg><script>alert(1)</script>',
    '</style><script>window.__pwned=1</script>',
    'red; background: url(javascript:alert(1)); x: "',
    '</td></tr></table></section><iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    '<!-- ]]> --><body onload=alert(1)>',
    '&lt;script&gt;alert(1)&lt;/script&gt; &amp; \\ back\\slash',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '${raw}`{{7*7}}</html>'
];

/** A STRING literal holding `value` exactly (the grammar's escapes are `\"` and `\\`). */
function literal(value: string): string {
    return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A plan with the payload in every STRING the grammar has (names are identifiers and cannot hold it). */
function hostilePlan(payload: string, language: 'en' | 'da'): string {
    const s = (field: string) => literal(`${field}:${payload}`);
    return `plan hostile ${s('plan')} {
    condition plantar-fasciitis
    language ${language}
    start 2027-01-04
    contact ${s('contact')}
    refer ${s('refer')}
    history { symptoms for 5 months  treated for 3 months }
    patient { red-flags none }
    monitor { pain during activity at most 3/10 }
    stop when first-step pain rises
    review at week 2 ${s('review')}
    exercise evil ${s('title')} { kind strength cue ${s('cue')} targets ${s('targets')} name-da ${s('nameDa')} cue-da ${s('cueDa')} guide ${s('guide')} link ${s('link')} }
    exercise evil-link like calf-stretch ${s('variant')} { link ${literal(`https://example.org/${payload}`)} }
    delivery ${s('delivery')}
    equipment ${s('equipment')}
    phase one ${s('phase')} weeks 1-4 {
        goal ${s('goal')}
        review at week 3 ${s('phaseReview')}
        do evil 3 x 10 reps, 3 times weekly
        do evil-link 3 x 30 s hold, daily
        allow PF022 because ${s('phaseAllow')}
    }
    allow PF040 because ${s('allow')}
}`;
}

/** The fields each render shows as text; the others must simply never become markup. */
function shownFields(language: 'en' | 'da', mode: 'handout' | 'editor'): string[] {
    const fields = ['plan', 'review', 'delivery', 'equipment', 'phase', 'goal', 'phaseReview', 'contact', 'refer'];
    fields.push(...(language === 'da' ? ['nameDa', 'cueDa'] : ['title', 'cue']));
    if (mode === 'editor') fields.push('allow', 'phaseAllow');
    return fields;
}

const ALLOWED_TAGS = new Set([
    'html',
    'head',
    'meta',
    'title',
    'style',
    'body',
    'header',
    'div',
    'h1',
    'h2',
    'h3',
    'p',
    'span',
    'dl',
    'dt',
    'dd',
    'section',
    'ul',
    'li',
    'strong',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'footer',
    'svg',
    'g',
    'rect',
    'text',
    'line',
    'path',
    'script',
    'a',
    'caption',
    'figure',
    'figcaption'
]);

interface Probe {
    pwned: unknown;
    dialogs: number;
    text: string;
    tags: string[];
    handlers: string[];
    scripts: number;
    hrefs: string[];
}

describe.skipIf(!CHROMIUM_PATH)('hostile plan text in Chromium', () => {
    let browser: Browser,
        context: BrowserContext,
        page: Page,
        dialogs = 0;
    beforeAll(async () => {
        browser = await launchChromium();
        context = await browser.newContext({ bypassCSP: true, javaScriptEnabled: true });
        // The editor render names a script URL; nothing may go to the network, so every request fails fast.
        await context.route('**/*', route => route.abort());
        page = await context.newPage();
        page.on('dialog', d => {
            dialogs++;
            void d.dismiss();
        });
    });
    afterAll(async () => {
        await browser?.close();
    });

    async function probe(pageHtml: string): Promise<Probe> {
        dialogs = 0;
        // setContent keeps the window object: clear what an earlier probe may have set.
        await page.evaluate(() => {
            delete (window as unknown as { __pwned?: unknown }).__pwned;
        });
        await page.setContent(pageHtml, { waitUntil: 'load' });
        await page.mouse.move(200, 200);
        const result = await page.evaluate(() => ({
            pwned: (window as unknown as { __pwned?: unknown }).__pwned,
            text: document.documentElement.textContent ?? '',
            tags: [...new Set([...document.querySelectorAll('*')].map(e => e.localName))],
            handlers: [...document.querySelectorAll('*')].flatMap(e => [...e.attributes].map(a => a.name)).filter(n => n.startsWith('on')),
            scripts: document.scripts.length,
            hrefs: [...document.querySelectorAll('[href], [src], [xlink\\:href]')].map(
                e => e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('xlink:href') ?? ''
            )
        }));
        return { ...result, dialogs };
    }

    async function expectInert(payload: string): Promise<void> {
        for (const language of ['en', 'da'] as const) {
            for (const mode of ['handout', 'editor'] as const) {
                const options: RenderOptions =
                    mode === 'editor'
                        ? {
                              mode,
                              nonce: 'AAAAAAAAAAAAAAAAAAAAAAAA',
                              cspSource: 'https://webview.test',
                              scriptUri: 'https://webview.test/media/preview.js'
                          }
                        : { mode };
                const { html: document } = await renderText(hostilePlan(payload, language), options);
                const seen = await probe(document);
                expect(seen.pwned, `${mode}/${language}: a payload ran`).toBeUndefined();
                expect(seen.dialogs).toBe(0);
                expect(seen.handlers).toEqual([]);
                expect(seen.tags.filter(t => !ALLOWED_TAGS.has(t))).toEqual([]);
                expect(seen.scripts).toBe(mode === 'editor' ? 1 : 0);
                // Links only to https: addresses (the hostile `link` is refused; the https one stays one address).
                const links = seen.hrefs.filter(h => h !== options.scriptUri);
                expect(
                    links.every(h => h.startsWith('https://example.org/')),
                    `${mode}/${language}: ${links.join(' ')}`
                ).toBe(true);
                for (const field of shownFields(language, mode))
                    expect(seen.text, `${mode}/${language} ${field}`).toContain(`${field}:${payload}`);
            }
        }
    }

    test('the detector notices a payload that is not escaped', async () => {
        const unsafe = html`<!DOCTYPE html><html><body><p>${raw(HOSTILE[1])}</p><p>${raw(HOSTILE[0])}</p></body></html>`.value;
        const seen = await probe(unsafe);
        expect(seen.pwned).toBe(1);
        expect(seen.handlers).toContain('onerror');
    });

    test.each(HOSTILE)('stays text: %s', async payload => {
        await expectInert(payload);
    });

    test('fuzzed strings stay text', async () => {
        const fragment = fc.constantFrom(
            '<',
            '>',
            '"',
            "'",
            '&',
            '/',
            '=',
            '`',
            '\\',
            ';',
            ':',
            '(',
            ')',
            ' ',
            'script',
            'onerror',
            'javascript:',
            '<svg',
            '</style>',
            '<!--',
            '-->',
            ']]>',
            '&amp;',
            '&#x3c;',
            'é',
            'ø',
            'å',
            '😀',
            '\u00a0',
            '\u2028'
        );
        const safeChar = fc.string({ unit: 'grapheme', maxLength: 3 }).filter(s => !/[\u0000-\u001f\u007f\ufffe\uffff]/.test(s));
        const hostileString = fc.array(fc.oneof(fragment, safeChar), { minLength: 1, maxLength: 12 }).map(parts => parts.join(''));
        await fc.assert(
            fc.asyncProperty(hostileString, async payload => {
                await expectInert(payload);
            }),
            { numRuns: 15 }
        );
    });
});
