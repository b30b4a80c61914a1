import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import type { Model } from '../../language/generated/ast.js';
import { renderPlanHtml, type RenderOptions } from '../../language/render/render-plan-html.js';
import { validate } from '../test-services.js';

export const EXAMPLES_DIR = join(import.meta.dirname, '..', '..', 'examples');

/** Every example plan, read fresh so new examples are tested as soon as they appear. */
export function examples(): Array<{ name: string; text: string }> {
    return readdirSync(EXAMPLES_DIR)
        .filter(f => f.endsWith('.rehab'))
        .sort()
        .map(name => ({ name, text: readFileSync(join(EXAMPLES_DIR, name), 'utf8') }));
}

export async function renderText(
    text: string,
    options: RenderOptions = {},
    allowSyntaxErrors = false
): Promise<{ model: Model; html: string; $: CheerioAPI }> {
    const { document, diagnostics } = await validate(text, { allowSyntaxErrors });
    const model = document.parseResult.value;
    const html = renderPlanHtml(model, { diagnostics, ...options });
    return { model, html, $: load(html) };
}
