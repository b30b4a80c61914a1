import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { compilePlan } from '../../language/compile/compile-plan.js';
import { certReport, formatCertReport, planToFhirBundle, planToICalendar } from '../../language/export/index.js';
import type { Model } from '../../language/generated/ast.js';
import { createRehabServices, type RehabServices } from '../../language/rehab-module.js';
import { renderPlanHtml } from '../../language/render/render-plan-html.js';

// A separate container for re-parsing formatted text, so the fuzzed document's workspace stays untouched.
const formatted = createRehabServices(EmptyFileSystem);
let counter = 0;

/** The exports, the renderer and the formatter, run on every fuzz input; any throw is a failure. */
export async function extraStages(services: RehabServices, doc: LangiumDocument<Model>, hasErrors: boolean): Promise<void> {
    const model = doc.parseResult.value;
    planToFhirBundle(model);
    planToICalendar(model, { start: new Date(Date.UTC(2027, 0, 4)) });
    formatCertReport(certReport(model), 'da');
    renderPlanHtml(model, { mode: 'editor', diagnostics: doc.diagnostics });
    renderPlanHtml(model, { mode: 'handout' });
    if (doc.parseResult.parserErrors.length === 0 && doc.parseResult.lexerErrors.length === 0) {
        await checkFormatting(services, doc, hasErrors);
    }
}

/** Formatting is idempotent and keeps the plan's meaning: the same compiled JSON, source lines aside. */
async function checkFormatting(services: RehabServices, doc: LangiumDocument<Model>, hasErrors: boolean): Promise<void> {
    const formatter = services.lsp.Formatter;
    if (!formatter) return;
    const options = { options: { tabSize: 4, insertSpaces: true }, textDocument: { uri: doc.uri.toString() } };
    const once = TextDocument.applyEdits(doc.textDocument, await formatter.formatDocument(doc, options));
    const second = await build(once);
    const twice = TextDocument.applyEdits(
        second.textDocument,
        await formatted.Rehab.lsp.Formatter!.formatDocument(second, { ...options, textDocument: { uri: second.uri.toString() } })
    );
    formatted.shared.workspace.LangiumDocuments.deleteDocument(second.uri);
    if (twice !== once) throw new Error(`formatting is not idempotent:\n--- once\n${once}\n--- twice\n${twice}`);
    if (!hasErrors && model(second)?.plan) {
        const before = meaning(compilePlan(doc.parseResult.value));
        const after = meaning(compilePlan(second.parseResult.value));
        if (before !== after) throw new Error('formatting changed the compiled plan');
    }
}

async function build(text: string): Promise<LangiumDocument<Model>> {
    const doc = formatted.shared.workspace.LangiumDocumentFactory.fromString<Model>(
        text,
        URI.parse(`file:///fuzz-format/f-${counter++}.rehab`)
    );
    formatted.shared.workspace.LangiumDocuments.addDocument(doc);
    await formatted.shared.workspace.DocumentBuilder.build([doc], { validation: false });
    return doc;
}

function model(doc: LangiumDocument<Model>): Model {
    return doc.parseResult.value;
}

function meaning(json: unknown): string {
    return JSON.stringify(json, (key, value) => (key === 'line' || key === 'diagnostics' ? undefined : value));
}
