import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { examples, renderText } from '../render/render-helpers.js';
import { CHROMIUM_PATH, launchChromium, outputPath, watchPage } from './chromium.js';

describe.skipIf(!CHROMIUM_PATH)('the handout in Chromium', () => {
    let browser: Browser;
    beforeAll(async () => { browser = await launchChromium(); });
    afterAll(async () => { await browser?.close(); });

    test.each(examples())('$name loads cleanly, shows its timeline and is screenshotted', async ({ name, text }) => {
        const { html } = await renderText(text);
        const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
        const watched = watchPage(page);
        await page.setContent(html, { waitUntil: 'load' });
        const bars = await page.locator('svg.timeline rect.bar').count();
        expect(bars).toBeGreaterThan(0);
        const box = await page.locator('svg.timeline').boundingBox();
        expect(box!.width).toBeGreaterThan(300);
        await page.screenshot({ path: outputPath(`handout-${name.replace(/\.rehab$/, '')}.png`), fullPage: true });
        await page.close();
        expect(watched.errors).toEqual([]);
        expect(watched.requests).toEqual([]);
    });
});
