import { readFile } from 'node:fs/promises';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Model } from '../../language/generated/ast.js';
import { createRehabServices, type RehabServices } from '../../language/rehab-module.js';

// The follow-up runs in the extension host rather than behind a new server request: the evaluation is a pure
// function of the plan and the diary, the diary is a file the client watches anyway, and no server protocol or
// server file has to change for it. The cost is a second copy of the language in the client bundle; its
// services are created only when the command is first used. The plan is read from the editor's text (unsaved edits included)
// and its imports from open editors or the disk, as the CLI's loader does.

let services: RehabServices | undefined;
let version = 0;

export interface LoadedPlan {
    model: Model;
    errors: Diagnostic[];
}

/** Parses, links and validates the plan text; the documents of the previous call are dropped first. */
export async function loadPlan(uri: string, text: string, openText: (uri: string) => string | undefined): Promise<LoadedPlan> {
    services ??= createRehabServices(NodeFileSystem).Rehab;
    const shared = services.shared;
    const documents = shared.workspace.LangiumDocuments;
    for (const doc of [...documents.all]) documents.deleteDocument(doc.uri);
    const factory = shared.workspace.LangiumDocumentFactory;
    // A fresh URI per load keeps Langium's caches from serving the previous text of the same plan.
    const planUri = URI.parse(uri).with({ query: `follow=${++version}` });
    const plan = factory.fromString<Model>(text, planUri);
    documents.addDocument(plan);
    const all: LangiumDocument[] = [plan];
    for (let i = 0; i < all.length && all.length < 500; i++) {
        for (const imp of (all[i].parseResult.value as Model).imports ?? []) {
            const target = services.workspace.Imports.resolve(imp);
            if (!target || documents.hasDocument(target)) continue;
            const importedText =
                openText(target.toString()) ??
                (target.scheme === 'file' ? await readFile(target.fsPath, 'utf8').catch(() => undefined) : undefined);
            if (importedText === undefined) continue;
            const doc = factory.fromString(importedText, target);
            documents.addDocument(doc);
            all.push(doc);
        }
    }
    await shared.workspace.DocumentBuilder.build(all, { validation: true });
    return { model: plan.parseResult.value, errors: (plan.diagnostics ?? []).filter(d => (d.severity ?? 1) === 1) };
}
