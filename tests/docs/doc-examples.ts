import { URI, type LangiumCoreServices } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { compileDiagnostic } from '../../language/compile/compile-plan.js';

/**
 * The ```rehab examples of docs/language.md, and the checker output the tutorial shows after some of them.
 * Shared by tests/docs/language-doc.test.ts and scripts/generate-language-doc.ts (`npm run docs:language`).
 */

export interface RehabBlock {
    /** 1-based line of the block's first line of code in the Markdown file. */
    line: number;
    /** 0-based index of the closing fence's line. */
    endLine: number;
    text: string;
    fragment?: string;
    file?: string;
    expect?: string[];
}

/** Every ```rehab block, with the directives of its leading comment lines (see the test for what they mean). */
export function rehabBlocks(markdown: string): RehabBlock[] {
    const blocks: RehabBlock[] = [];
    const lines = markdown.split('\n');
    for (let i = 0; i < lines.length; i++) {
        if (lines[i].trim() !== '```rehab') continue;
        const start = i + 1;
        let end = start;
        while (end < lines.length && lines[end].trim() !== '```') end++;
        const body = lines.slice(start, end);
        const block: RehabBlock = { line: start + 1, endLine: end, text: body.join('\n') + '\n' };
        for (const l of body) {
            const m = /^\s*\/\/\s*(fragment|file|expect):\s*(.*?)\s*$/.exec(l);
            if (!m) {
                if (/^\s*(\/\/.*)?$/.test(l)) continue;
                break;
            }
            if (m[1] === 'fragment') block.fragment = m[2];
            if (m[1] === 'file') block.file = m[2];
            if (m[1] === 'expect') block.expect = leadingRuleIds(m[2]);
        }
        blocks.push(block);
        i = end;
    }
    return blocks;
}

/** `PF040 PF013 — why` → ['PF040', 'PF013']: the ids up to the first word that is not one. */
export function leadingRuleIds(text: string): string[] {
    const ids: string[] = [];
    for (const word of text.split(/[\s,]+/).filter(Boolean)) {
        if (!/^[A-Z]{2}\d{3}$/.test(word)) break;
        ids.push(word);
    }
    return ids;
}

export const OUTPUT_START = '<!-- check-output:start -->';
export const OUTPUT_END = '<!-- check-output:end -->';
/** The file name the tutorial's output is shown for. */
export const TUTORIAL_FILE = 'myplan.rehab';

/** What `rehab check myplan.rehab` prints for `text`: `file:line:col severity RULE message`, sorted by position. */
export function formatCheckOutput(diagnostics: Diagnostic[], file = TUTORIAL_FILE): string {
    return [...diagnostics]
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
        .map(compileDiagnostic)
        .map(d => `${file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message.replace(/\s*\n\s*/g, ' ')}`)
        .join('\n');
}

let counter = 0;

/** Parses, links and validates `text` as a document of its own and returns its diagnostics. */
export async function diagnosticsOf(services: LangiumCoreServices, text: string): Promise<Diagnostic[]> {
    const workspace = services.shared.workspace;
    const uri = URI.parse(`file:///docs-output/${counter++}/${TUTORIAL_FILE}`);
    const document = workspace.LangiumDocumentFactory.fromString(text, uri);
    workspace.LangiumDocuments.addDocument(document);
    try {
        await workspace.DocumentBuilder.build([document], { validation: true });
        return document.diagnostics ?? [];
    } finally {
        workspace.LangiumDocuments.deleteDocument(uri);
    }
}

/** The regions between OUTPUT_START and OUTPUT_END, each with the ```rehab block just before it. */
export function outputRegions(markdown: string): { start: number; end: number; current: string; block: RehabBlock }[] {
    const blocks = rehabBlocks(markdown);
    const lines = markdown.split('\n');
    const regions: { start: number; end: number; current: string; block: RehabBlock }[] = [];
    for (let i = 0; i < lines.length; i++) {
        if (lines[i].trim() !== OUTPUT_START) continue;
        let end = i + 1;
        while (end < lines.length && lines[end].trim() !== OUTPUT_END) end++;
        if (end >= lines.length) throw new Error(`${OUTPUT_START} on line ${i + 1} has no ${OUTPUT_END}`);
        const block = [...blocks].reverse().find(b => b.endLine < i);
        if (!block) throw new Error(`${OUTPUT_START} on line ${i + 1} follows no rehab example`);
        regions.push({ start: i, end, current: lines.slice(i + 1, end).join('\n'), block });
        i = end;
    }
    return regions;
}

/** The text a region should hold: the checker's output for its example, as a ```text block. */
export async function renderOutput(services: LangiumCoreServices, block: RehabBlock): Promise<string> {
    return ['```text', formatCheckOutput(await diagnosticsOf(services, block.text)), '```'].join('\n');
}

/** `markdown` with every output region rewritten from what the checker says now. */
export async function refreshOutputs(services: LangiumCoreServices, markdown: string): Promise<string> {
    const lines = markdown.split('\n');
    for (const region of outputRegions(markdown).reverse()) {
        lines.splice(region.start + 1, region.end - region.start - 1, await renderOutput(services, region.block));
    }
    return lines.join('\n');
}
