import { describe, expect, test } from 'vitest';
import { html, join, raw } from '../../language/render/html.js';

describe('the html tagged template', () => {
    test('escapes every interpolation, in text and in quoted attributes', () => {
        const hostile = `<script>"x"&'y'</script>`;
        expect(html`<p title="${hostile}">${hostile}</p>`.value)
            .toBe('<p title="&lt;script&gt;&quot;x&quot;&amp;&#39;y&#39;&lt;/script&gt;">&lt;script&gt;&quot;x&quot;&amp;&#39;y&#39;&lt;/script&gt;</p>');
    });

    test('passes fragments it built, or that are marked raw, through once', () => {
        const inner = html`<b>${'<i>'}</b>`;
        expect(html`<p>${inner}${raw('<br>')}</p>`.value).toBe('<p><b>&lt;i&gt;</b><br></p>');
        expect(join(['<a>', html`<b></b>`], ', ').value).toBe('&lt;a&gt;, <b></b>');
    });

    test('renders nothing for absent values and non-finite numbers', () => {
        expect(html`${undefined}${null}${false}${Number.NaN}${Infinity}${0}`.value).toBe('0');
    });
});
