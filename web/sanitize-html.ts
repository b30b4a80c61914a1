// Hover texts arrive as Markdown and are rendered to HTML by @codemirror/lsp-client; they quote the plan's
// own words. Only plain text structure is kept: anything else (scripts, links, images, styles, event
// attributes) is dropped before it reaches the page. The page's CSP would block scripts anyway.

const ALLOWED = new Set([
    'P',
    'BR',
    'HR',
    'EM',
    'STRONG',
    'B',
    'I',
    'CODE',
    'PRE',
    'UL',
    'OL',
    'LI',
    'BLOCKQUOTE',
    'H1',
    'H2',
    'H3',
    'H4',
    'H5',
    'H6',
    'SPAN',
    'DIV',
    'TABLE',
    'THEAD',
    'TBODY',
    'TR',
    'TH',
    'TD'
]);

export function sanitizeHtml(html: string): string {
    const template = document.createElement('template');
    template.innerHTML = html;
    clean(template.content);
    return template.innerHTML;
}

function clean(parent: ParentNode): void {
    for (const child of [...parent.childNodes]) {
        if (child.nodeType === Node.TEXT_NODE) continue;
        if (child.nodeType !== Node.ELEMENT_NODE) {
            child.remove();
            continue;
        }
        const element = child as Element;
        if (!ALLOWED.has(element.tagName)) {
            // Keep the words of an unknown element (a link's text), not the element.
            const text = element.textContent ?? '';
            element.replaceWith(document.createTextNode(element.tagName === 'SCRIPT' || element.tagName === 'STYLE' ? '' : text));
            continue;
        }
        for (const attribute of [...element.attributes]) {
            if (attribute.name !== 'class') element.removeAttribute(attribute.name);
        }
        clean(element);
    }
}
