import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Model } from '../language/generated/ast.js';
import { createRehabServices } from '../language/rehab-module.js';

export const services = createRehabServices(EmptyFileSystem);
export const Rehab = services.Rehab;
const parse = parseHelper<Model>(Rehab);

let counter = 0;

/** Parses, links and validates a plan; parse errors fail the caller's expectations unless allowed. */
export async function validate(
    text: string,
    options: { allowSyntaxErrors?: boolean; uri?: string } = {}
): Promise<{ document: LangiumDocument<Model>; diagnostics: Diagnostic[] }> {
    const document = await parse(text, { validation: true, documentUri: options.uri ?? `file:///test/plan-${counter++}.rehab` });
    const diagnostics = document.diagnostics ?? [];
    if (!options.allowSyntaxErrors) {
        const syntax = diagnostics.filter(d => d.code === 'syntax');
        if (syntax.length > 0)
            throw new Error(
                `Unexpected syntax errors: ${syntax.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`).join('; ')}`
            );
    }
    return { document, diagnostics };
}

export function codes(diagnostics: Diagnostic[]): string[] {
    return diagnostics.map(d => String(d.code));
}
