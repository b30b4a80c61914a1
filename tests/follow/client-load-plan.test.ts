import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadPlan } from '../../client/follow/load-plan.js';
import { followDiary, renderFollowHtml } from '../../language/follow/index.js';

// The editor's follow-up runs in the extension host: this is the part of it without `vscode`.
describe('the editor loads the plan it follows', () => {
    const file = path.resolve('examples/shop-worker-standing.rehab');
    const uri = pathToFileURL(file).toString();
    test('with its imports, from the editor text, and again after an edit', async () => {
        const text = readFileSync(file, 'utf8');
        const first = await loadPlan(uri, text, () => undefined);
        expect(first.errors).toEqual([]);
        expect(first.model.plan?.name).toBe('shop-worker-standing');
        const edited = await loadPlan(uri, text.replace(/phase (\S+) "[^"]*" weeks 1-/, 'phase $1 "Edited" weeks 0-'), () => undefined);
        expect(edited.errors.length).toBeGreaterThan(0);
        const again = await loadPlan(uri, text, () => undefined);
        expect(again.errors).toEqual([]);
    });
    test('the page for the webview carries the nonce and the webview source in its CSP, and no script', async () => {
        const loaded = await loadPlan(
            pathToFileURL(path.resolve('examples/walker-62.rehab')).toString(),
            readFileSync('examples/walker-62.rehab', 'utf8'),
            () => undefined
        );
        const result = followDiary(loaded.model.plan!, readFileSync('examples/walker-62.diary.csv', 'utf8'));
        const page = renderFollowHtml(result, { mode: 'editor', nonce: 'n0nce-n0nce-n0nce-12', cspSource: 'vscode-webview://abc' });
        expect(page).toContain('style-src vscode-webview://abc &#39;nonce-n0nce-n0nce-n0nce-12&#39;');
        expect(page).toContain('<style nonce="n0nce-n0nce-n0nce-12">');
        expect(page).not.toContain('<script');
    });
});
