import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's chromium, or the one named by CHROMIUM_PATH. */
export const CHROMIUM_PATH = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (p): p is string => !!p && existsSync(p)
);

const NO_CHROMIUM = 'no Chromium at /usr/bin/chromium (install it with `apt-get install chromium`, or set CHROMIUM_PATH)';

// The full lane (npm run test:all, what CI runs) must not pass by skipping: there a missing Chromium is a failure.
// A developer's fast lane never loads these files; running them by hand without Chromium only warns.
if (!CHROMIUM_PATH) {
    if (process.env.REHAB_TESTS === 'all') throw new Error(`The browser tests need Chromium: ${NO_CHROMIUM}.`);
    console.warn(`SKIPPING browser tests: ${NO_CHROMIUM}.`);
}

export const OUTPUT_DIR = join(import.meta.dirname, '..', '..', 'test-output');

export function outputPath(name: string): string {
    mkdirSync(OUTPUT_DIR, { recursive: true });
    return join(OUTPUT_DIR, name);
}

export function launchChromium(): Promise<Browser> {
    return chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

/** Console errors, page errors and any request leaving the page (a handout must need none). */
export function watchPage(page: Page): { errors: string[]; requests: string[] } {
    const errors: string[] = [],
        requests: string[] = [];
    page.on('console', m => {
        if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', e => errors.push(e.message));
    page.on('request', r => {
        if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
    });
    return { errors, requests };
}
