import escapeHtml from 'escape-html';

/**
 * Escaping by construction: every interpolation into `html\`…\`` is escaped unless it is already an
 * `Html` fragment (built by `html` itself or marked with `raw`). Plan text therefore can only reach
 * the document as text, whatever it contains.
 */
export class Html {
    constructor(readonly value: string) {}
    toString(): string {
        return this.value;
    }
}

export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

/** Marks a trusted fragment (our own markup, never plan text). */
export function raw(trusted: string): Html {
    return new Html(trusted);
}

export function escape(value: HtmlValue): string {
    if (value instanceof Html) return value.value;
    if (value === null || value === undefined || value === false) return '';
    if (Array.isArray(value)) return value.map(escape).join('');
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
    return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
    let out = strings[0];
    for (let i = 0; i < values.length; i++) out += escape(values[i]) + strings[i + 1];
    return new Html(out);
}

/** Joins fragments with a trusted separator. */
export function join(items: readonly HtmlValue[], separator = ''): Html {
    return new Html(items.map(escape).join(separator));
}
