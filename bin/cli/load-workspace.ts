import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Model } from '../../language/generated/ast.js';
import type { RehabServices } from '../../language/rehab-module.js';
import { CliError } from './cli-error.js';
import { readPlanFile } from './read-plan-file.js';
import { cliWords } from './cli-words.js';

/** Imports beyond this many files are a hostile or broken workspace, not a clinic's library. */
const MAX_DOCUMENTS = 5000;

export interface LoadedPlan {
    /** The path as the user gave it (or as found in a folder), for messages. */
    file: string;
    document: LangiumDocument<Model>;
    diagnostics: Diagnostic[];
}

export interface LoadedWorkspace {
    plans: LoadedPlan[];
    /** Files given that could not be read; the others are still loaded. */
    failures: CliError[];
    /** Imported files that could not be read: the import line has a `reference` error, this says why in words. */
    importFailures: CliError[];
    /** Every file read (given and imported), absolute: outputs must never replace one of them. */
    inputs: string[];
}

/**
 * Loads the given files and, transitively, the files they import (resolved relative to the
 * importing file, as the language server does), then builds them all once.
 */
export async function loadPlans(services: RehabServices, files: string[]): Promise<LoadedWorkspace> {
    const documents = services.shared.workspace.LangiumDocuments;
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const failures: CliError[] = [];
    const importFailures: CliError[] = [];
    const entries: Array<{ file: string; document: LangiumDocument<Model> }> = [];
    const all: LangiumDocument[] = [];

    const add = (uri: URI, text: string): LangiumDocument<Model> => {
        const existing = documents.getDocument(uri) as LangiumDocument<Model> | undefined;
        if (existing) return existing;
        const document = factory.fromString<Model>(text, uri);
        documents.addDocument(document);
        all.push(document);
        return document;
    };

    for (const file of files) {
        try {
            entries.push({ file, document: add(URI.file(path.resolve(file)), readPlanFile(file)) });
        } catch (e) {
            if (e instanceof CliError) failures.push(e);
            else throw e;
        }
    }

    // Breadth-first over imports; unreadable or missing imports stay unloaded and the validator says so on the import line.
    const tried = new Set<string>();
    for (let i = 0; i < all.length && all.length < MAX_DOCUMENTS; i++) {
        for (const imp of (all[i].parseResult.value as Model).imports ?? []) {
            const uri = services.workspace.Imports.resolve(imp);
            if (!uri || uri.scheme !== 'file' || documents.hasDocument(uri) || !uri.fsPath.endsWith('.rehab')) continue;
            if (tried.has(uri.fsPath)) continue;
            tried.add(uri.fsPath);
            const shown = path.relative(process.cwd(), uri.fsPath) || uri.fsPath;
            try {
                add(uri, readPlanFile(shown));
            } catch (e) {
                // A missing import is plain from the diagnostic; an unreadable one needs its reason (permission denied, binary…).
                if (e instanceof CliError && !/: no such file\.$/.test(e.message)) {
                    importFailures.push(new CliError(`${path.relative(process.cwd(), all[i].uri.fsPath)}: import ${e.message}`));
                }
            }
        }
    }

    await services.shared.workspace.DocumentBuilder.build(all, { validation: true });
    return {
        plans: entries.map(e => ({ ...e, diagnostics: sortDiagnostics(e.document.diagnostics ?? []) })),
        failures,
        importFailures,
        inputs: all.map(d => d.uri.fsPath)
    };
}

/** A file with no plan, no library and no syntax error holds nothing to check: empty, blank, or only comments. */
export function holdsNothing(plan: LoadedPlan): boolean {
    const model = plan.document.parseResult.value;
    return !model.plan && !model.library && plan.diagnostics.every(d => d.code !== 'syntax');
}

export function emptyFileError(plan: LoadedPlan): CliError {
    return new CliError(cliWords().empty(plan.file), 2, plan.file);
}

function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
    return [...diagnostics].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
