import { ResponseError } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';
import { renderPreview } from '../../server/preview-request.js';
import { Rehab, validate } from '../test-services.js';
import { examples } from './render-helpers.js';

describe('the rehab/preview request', () => {
    test('renders the built document with its diagnostics and version', async () => {
        const text = examples()
            .find(e => e.name === 'return-to-running.rehab')!
            .text.replace('review at week 6', 'review at week 20');
        const { document } = await validate(text);
        const result = await renderPreview(Rehab, { uri: document.uri.toString(), mode: 'editor' });
        expect(result.version).toBe(document.textDocument.version);
        expect(result.html).toContain('class="diagnostics"');
        expect(result.html).toContain('PF040');
        const handout = await renderPreview(Rehab, { uri: document.uri.toString(), mode: 'handout', language: 'en' });
        expect(handout.html).not.toContain('class="diagnostics"');
        expect(handout.html).toContain('<html lang="en">');
    });

    test.each([[null], [{}], [{ uri: 42 }], [{ uri: 'file:///never/opened.rehab', mode: 'editor' }]])(
        'answers bad params %j with a protocol error',
        async params => {
            await expect(renderPreview(Rehab, params)).rejects.toBeInstanceOf(ResponseError);
        }
    );
});
