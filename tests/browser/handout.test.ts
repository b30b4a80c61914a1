import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { examples, renderText } from '../render/render-helpers.js';
import { CHROMIUM_PATH, launchChromium, outputPath, watchPage } from './chromium.js';

/** A4 at 96 dpi: 210 mm is 794 CSS pixels. */
const A4 = { width: 794, height: 1123 };

/** An example in the given patient language (its `language` line replaced or added). */
function inLanguage(text: string, language: 'en' | 'da'): string {
    return text.replace(/^\s*language (en|da).*$/m, '').replace(/(plan [^{]*\{)/, `$1\n    language ${language}`);
}

describe.skipIf(!CHROMIUM_PATH)('the handout in Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
        browser = await launchChromium();
    });
    afterAll(async () => {
        await browser?.close();
    });

    async function printed(html: string): Promise<{ page: Page; watched: ReturnType<typeof watchPage> }> {
        const page = await browser.newPage({ viewport: A4 });
        const watched = watchPage(page);
        await page.emulateMedia({ media: 'print' });
        await page.setContent(html, { waitUntil: 'load' });
        return { page, watched };
    }

    test.each(examples().flatMap(e => (['en', 'da'] as const).map(language => ({ ...e, language }))))(
        '$name ($language) prints on A4 without errors or requests, and is screenshotted',
        async ({ name, text, language }) => {
            const { html } = await renderText(inLanguage(text, language), { today: '2027-02-03' });
            const { page, watched } = await printed(html);
            expect(await page.locator('html').getAttribute('lang')).toBe(language);
            const referral = await page.locator('section.referral').count();
            if (!referral) {
                expect(await page.locator('svg.timeline rect.bar').count()).toBeGreaterThan(0);
                expect((await page.locator('svg.timeline').boundingBox())!.width).toBeGreaterThan(300);
            }
            await page.screenshot({ path: outputPath(`handout/${name.replace(/\.rehab$/, '')}.${language}.png`), fullPage: true });
            await page.close();
            expect(watched.errors).toEqual([]);
            expect(watched.requests).toEqual([]);
        }
    );

    test.each(examples())('$name: axe-core finds no serious or critical violation, on screen or in print', async ({ text }) => {
        const { html } = await renderText(text, { today: '2027-02-03' });
        for (const media of ['screen', 'print'] as const) {
            // AxeBuilder wants a page of a context it can open frames in, not one from browser.newPage().
            const context = await browser.newContext({ viewport: A4 });
            const page = await context.newPage();
            await page.emulateMedia({ media });
            await page.setContent(html, { waitUntil: 'load' });
            const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
            await context.close();
            const bad = result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(
                    v =>
                        `${v.id} (${v.impact}): ${v.nodes
                            .slice(0, 3)
                            .map(n => n.target.join(' '))
                            .join(', ')}`
                );
            expect(bad, media).toEqual([]);
        }
    });

    test('the axe check notices a serious violation when there is one', async () => {
        const context = await browser.newContext({ viewport: A4 });
        const page = await context.newPage();
        await page.setContent(
            '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main><p style="color:#ccc;background:#fff">faint text</p><svg role="img"><rect width="5" height="5"/></svg></main></body></html>'
        );
        const result = await new AxeBuilder({ page }).analyze();
        await context.close();
        expect(result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id)).toEqual(
            expect.arrayContaining(['color-contrast'])
        );
    });

    test('print: base font at least 12 pt, phase cards never split across pages, QR codes shown', async () => {
        const { html } = await renderText(examples().find(e => e.name === 'nurse-standing.rehab')!.text);
        const { page } = await printed(html);
        const style = await page.evaluate(() => {
            const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
            const body = px(document.body);
            const smallest = Math.min(...[...document.querySelectorAll('p, li, td, th, dd, dt, h1, h2, h3, caption')].map(px));
            const phases = [...document.querySelectorAll('.phase')].map(el => getComputedStyle(el).breakInside);
            const qr = document.querySelector('svg.qr');
            return { body, smallest, phases, qrVisible: !!qr && qr.getBoundingClientRect().width > 60 };
        });
        await page.close();
        // 12 pt is 16 CSS pixels.
        expect(style.body).toBeGreaterThanOrEqual(16);
        expect(style.smallest).toBeGreaterThanOrEqual(16);
        expect(style.phases.length).toBeGreaterThan(0);
        expect(style.phases.every(b => b === 'avoid')).toBe(true);
        expect(style.qrVisible).toBe(true);
    });

    test('a PDF of the longest plan keeps every phase card on one page', async () => {
        const { html } = await renderText(examples().find(e => e.name === 'heavy-runner-10k.rehab')!.text);
        const { page } = await printed(html);
        // Each card must fit on one A4 page (297 mm less 2 × 15 mm margins, at 96 dpi), or `break-inside: avoid` cannot hold.
        const pageHeight = ((297 - 30) / 25.4) * 96;
        const heights = await page.evaluate(() => [...document.querySelectorAll('.phase')].map(el => el.getBoundingClientRect().height));
        const pdf = await page.pdf({ format: 'A4', printBackground: true });
        await page.close();
        expect(Math.max(...heights)).toBeLessThan(pageHeight);
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    });
});
