import { describe, expect, test } from 'vitest';
import { renderText } from './render-helpers.js';
import { html, join, raw } from '../../language/render/html.js';

describe('the html tagged template', () => {
    test('escapes every interpolation, in text and in quoted attributes', () => {
        const hostile = `<script>"x"&'y'</script>`;
        expect(html`<p title="${hostile}">${hostile}</p>`.value).toBe(
            '<p title="&lt;script&gt;&quot;x&quot;&amp;&#39;y&#39;&lt;/script&gt;">&lt;script&gt;&quot;x&quot;&amp;&#39;y&#39;&lt;/script&gt;</p>'
        );
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

describe('the handout with hostile text in every patient-facing field (issue 14)', () => {
    const payloads = [
        '<script>window.__pwned=1</script>',
        '"><img src=x onerror=alert(1)>',
        "' onmouseover='alert(1)' x='",
        '</style><svg onload=alert(1)>'
    ];
    const literal = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    test.each(payloads)('%s stays text in contact, refer, links and QR labels', async payload => {
        const plan = `plan p {
    condition plantar-fasciitis
    start 2027-01-04
    contact ${literal(`contact:${payload}`)}
    refer ${literal(`refer:${payload}`)}
    history { symptoms for 5 months }
    exercise v like calf-stretch ${literal(`title:${payload}`)} { link ${literal(`https://example.org/${payload}`)} }
    exercise u like calf-stretch "U" { link "https://example.org/a?b=1&c=2" }
    exercise j like calf-stretch "J" { link ${literal(`javascript:${payload}`)} }
    phase a weeks 1-2 { do v 3 x 30 s hold, daily  do u 3 x 30 s hold, daily  do j 3 x 30 s hold, daily }
}`;
        const { $, html: page } = await renderText(plan);
        expect($('script, img, iframe, style ~ style')).toHaveLength(0);
        expect(
            $('*')
                .toArray()
                .flatMap(el => Object.keys((el as { attribs: Record<string, string> }).attribs))
                .filter(n => n.startsWith('on'))
        ).toEqual([]);
        expect($('.stop-box .contact').text()).toBe(`Contact: contact:${payload}`);
        expect($('.refer-note').text()).toContain(`refer:${payload}`);
        // The hostile https link holds quotes or angle brackets and is refused; the plain one is a link, its `&` escaped.
        expect(
            $('a')
                .toArray()
                .map(a => $(a).attr('href'))
        ).toEqual(['https://example.org/a?b=1&c=2']);
        expect(page).toContain('href="https://example.org/a?b=1&amp;c=2"');
        expect(page).not.toContain('javascript:');
    });
});
