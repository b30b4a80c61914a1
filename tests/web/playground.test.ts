import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM_PATH, launchChromium, OUTPUT_DIR } from '../browser/chromium.js';
import { buildPlayground, isSameOrigin, ROOT, serveFolder, WEB_DIR, type StaticServer } from './web-helpers.js';

// The playground as a visitor meets it: out/web/ built and served, driven in Debian's Chromium. Waits are
// Playwright's polling waits on what the page shows, never fixed sleeps.

const require = createRequire(import.meta.url);
const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator');
const fhirSchema = new JSONSchemaValidator();
const validatePlanJson = new Ajv2020({ allErrors: true, strict: false }).compile(
    JSON.parse(readFileSync(join(ROOT, 'schema', 'rehab-plan.schema.json'), 'utf8'))
);

const OUT = join(OUTPUT_DIR, 'web');
const WAIT = { timeout: 20000 };

/** A plan whose running time grows 25 % a week: PF033. It is typed in three pieces, the growth by keystrokes. */
const BEFORE_GROWTH = `plan typed "Typed in the playground" {
    condition plantar-fasciitis
    patient { red-flags none }
    monitor {
        pain during activity at most 3/10
        pain settles within 24 h
    }
    stop when first-step pain rises
    review at week 6
    phase strength weeks 1-12 {
        do heel-raise 3 x 10 reps tempo 3-0-3, every other day
        do calf-stretch 3 x 30 s hold, 2 times daily
    }
    phase run weeks 13-20 {
        entry when first-step pain at most 2/10 and walk 30 min without worsening
        do walk-run 10 x (1 min run + 2 min walk), 3 times weekly on soft-surface {
            progress run-time `;
const GROWTH = '+25 % every week';
const AFTER_GROWTH = `
            rest 1 day between sessions
        }
    }
    phase maintain weeks 21-30 {
        do calf-stretch 3 x 30 s hold, 2 times weekly
        do heel-raise 3 x 12 reps tempo 3-0-3, 1 times weekly
    }
    shoes replace every 700 km
}
`;

describe.skipIf(!CHROMIUM_PATH)('the playground (out/web) in Chromium', () => {
    let browser: Browser;
    let server: StaticServer;
    let page: Page;
    const errors: string[] = [];
    const requests: string[] = [];

    beforeAll(async () => {
        buildPlayground();
        mkdirSync(OUT, { recursive: true });
        server = await serveFolder(WEB_DIR);
        browser = await launchChromium();
        const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
        page = await context.newPage();
        page.on('console', m => {
            if (m.type() === 'error') errors.push(m.text());
        });
        page.on('pageerror', e => errors.push(e.message));
        page.on('request', r => requests.push(r.url()));
        page.on('worker', w => requests.push(w.url()));
    }, 60000);

    afterAll(async () => {
        await browser?.close();
        await server?.close();
    });

    test('loads without console errors, and its first load is small', async () => {
        await page.goto(`${server.origin}/`, { waitUntil: 'load' });
        await expect.poll(() => page.textContent('#status'), WAIT).toMatch(/Ready/);
        // The default plan's handout is rendered beside the editor.
        await page.frameLocator('#handout').locator('h1').first().waitFor(WAIT);
        expect(errors).toEqual([]);
        // First load: every file the page fetched, gzipped as a web server would send it.
        const files = [...new Set(requests.map(u => new URL(u).pathname))].map(p => (p === '/' ? '/index.html' : p));
        const gzipped = files.reduce((sum, p) => sum + gzipSync(readFileSync(join(WEB_DIR, p)), { level: 9 }).length, 0);
        console.log(`playground first load: ${files.join(', ')} — ${(gzipped / 1024).toFixed(0)} KiB gzipped`);
        expect(files).toContain('/server-worker.js');
        expect(gzipped).toBeLessThanOrEqual(1.5 * 1024 * 1024);
    });

    test("typing a plan whose running grows 25 % a week shows PF033 with the guide's quote", async () => {
        await page.locator('.cm-content').click();
        await page.keyboard.press('ControlOrMeta+a');
        await page.keyboard.press('Delete');
        await page.keyboard.insertText(BEFORE_GROWTH);
        await page.keyboard.type(GROWTH);
        await page.keyboard.insertText(AFTER_GROWTH);
        const problem = page.locator('#problems li[data-rule="PF033"]');
        await problem.first().waitFor(WAIT);
        await expect.poll(() => problem.first().locator('.guide-quote').textContent(), WAIT).toMatch(/“.+”/);
        expect(await problem.first().textContent()).toMatch(/PF033/);
        // The handout follows the text.
        await expect.poll(() => page.frameLocator('#handout').locator('h1').first().textContent(), WAIT).toBe('Typed in the playground');
    });

    test('hover shows what an exercise is', async () => {
        await hoverText(page, 'calf-stretch');
        const tooltip = page.locator('.cm-tooltip-hover');
        await tooltip.waitFor(WAIT);
        expect((await tooltip.textContent())!.length).toBeGreaterThan(10);
        await page.mouse.move(5, 5);
    });

    test('completion offers exercises after `do`', async () => {
        await clickAfter(page, 'do calf-stretch 3 x 30 s hold, 2 times daily');
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await page.keyboard.type('do heel-r');
        const options = page.locator('.cm-tooltip-autocomplete li');
        await options.first().waitFor(WAIT);
        expect(await options.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('heel-raise')]));
        await page.keyboard.press('Escape');
        await page.keyboard.press('ControlOrMeta+Shift+k'); // delete the line again
        await expect.poll(() => page.locator('.cm-line').allTextContents(), WAIT).not.toContain('        do heel-r');
    });

    test('a quick fix applies and PF033 goes away', async () => {
        const problem = page.locator('#problems li[data-rule="PF033"]');
        const fix = problem.first().locator('button.fix').first();
        await fix.waitFor(WAIT);
        const title = await fix.textContent();
        await fix.click();
        await expect.poll(() => problem.count(), WAIT).toBe(0);
        expect(title).toBeTruthy();
    });

    test('each export downloads a file the validators accept', async () => {
        await page.selectOption('#examples', 'return-to-running.rehab');
        await expect
            .poll(() => page.frameLocator('#handout').locator('h1').first().textContent(), WAIT)
            .toBe('Plantar fasciitis: back to running');
        await page.fill('#start', '2027-01-04');

        const json = JSON.parse(await download(page, 'json', 'return-to-running.json'));
        expect(validatePlanJson(json), JSON.stringify(validatePlanJson.errors)).toBe(true);
        expect(json.plan.id).toBe('return-to-running');

        const bundle = JSON.parse(await download(page, 'fhir', 'return-to-running.fhir.json'));
        expect(bundle.resourceType).toBe('Bundle');
        const fhirErrors = [bundle, ...(bundle.entry ?? []).map((e: { resource: unknown }) => e.resource)].flatMap(
            r => fhirSchema.validate(r, true) ?? []
        );
        expect(fhirErrors).toEqual([]);

        const ics = await download(page, 'ics', 'return-to-running.ics');
        const calendar = new ICAL.Component(ICAL.parse(ics));
        const events = calendar.getAllSubcomponents('vevent');
        expect(events.length).toBeGreaterThan(0);
        expect(events.map(e => new ICAL.Event(e).startDate.toJSDate().getTime()).sort()[0]).toBeGreaterThanOrEqual(Date.UTC(2027, 0, 3));

        const handout = await download(page, 'html', 'return-to-running.html');
        expect(handout).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src (&#39;|')none(&#39;|');/);
        expect(handout).toContain('Plantar fasciitis: back to running');
        expect(handout).not.toMatch(/<script/i);
    });

    test('English and Danish, screenshotted', async () => {
        await page.screenshot({ path: join(OUT, 'playground-en.png') });
        await page.selectOption('#language', 'da');
        await expect.poll(() => page.getAttribute('html', 'lang')).toBe('da');
        await expect.poll(() => page.frameLocator('#handout').locator('html').getAttribute('lang'), WAIT).toBe('da');
        await expect.poll(() => page.textContent('#format')).toBe('Formatér');
        await page.screenshot({ path: join(OUT, 'playground-da.png') });
        // The choice and the text outlive a reload (localStorage).
        await page.reload({ waitUntil: 'load' });
        await expect.poll(() => page.inputValue('#language'), WAIT).toBe('da');
        await expect.poll(() => page.locator('.cm-content').textContent(), WAIT).toContain('plan return-to-running');
        await page.selectOption('#language', 'en');
    });

    test('formatting goes through the server', async () => {
        await page.locator('.cm-content').click();
        await page.keyboard.press('ControlOrMeta+a');
        await page.keyboard.press('Delete');
        await page.keyboard.insertText('plan   tidy {\ncondition plantar-fasciitis\n}\n');
        await page.click('#format');
        await expect
            .poll(() => page.locator('.cm-line').allTextContents(), WAIT)
            .toEqual(expect.arrayContaining(['plan tidy {', '    condition plantar-fasciitis']));
    });

    test('no request left the page, and no console error appeared', () => {
        const elsewhere = requests.filter(u => !isSameOrigin(u, server.origin));
        expect(elsewhere).toEqual([]);
        expect(requests.length).toBeGreaterThan(0);
        expect(errors).toEqual([]);
    });
});

/** Where a text is in the editor, in page coordinates. */
async function boxOf(page: Page, text: string): Promise<{ x: number; y: number; right: number }> {
    const box = await page.evaluate(wanted => {
        const content = document.querySelector('.cm-content')!;
        for (const line of content.querySelectorAll('.cm-line')) {
            const at = (line.textContent ?? '').indexOf(wanted);
            if (at < 0) continue;
            const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
            let offset = 0;
            const range = document.createRange();
            let started = false;
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const length = node.textContent!.length;
                if (!started && at < offset + length) {
                    range.setStart(node, at - offset);
                    started = true;
                }
                if (started && at + wanted.length <= offset + length) {
                    range.setEnd(node, at + wanted.length - offset);
                    const r = range.getBoundingClientRect();
                    return { x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2, right: r.right };
                }
                offset += length;
            }
        }
        return undefined;
    }, text);
    if (!box) throw new Error(`"${text}" is not in the editor`);
    return box;
}

async function hoverText(page: Page, text: string): Promise<void> {
    const { x, y } = await boxOf(page, text);
    await page.mouse.move(x, y);
}

async function clickAfter(page: Page, text: string): Promise<void> {
    const { right, y } = await boxOf(page, text);
    await page.mouse.click(right - 1, y);
}

async function download(page: Page, format: string, expectedName: string): Promise<string> {
    const [file] = await Promise.all([page.waitForEvent('download', WAIT), page.click(`button.export[data-format="${format}"]`)]);
    expect(file.suggestedFilename()).toBe(expectedName);
    const path = join(OUT, file.suggestedFilename());
    await file.saveAs(path);
    return readFileSync(path, 'utf8');
}
