import { existsSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Model } from '../../language/generated/ast.js';
import type { RehabServices } from '../../language/rehab-module.js';
import { CliError } from './cli-error.js';
import { readPlanFile } from './read-plan-file.js';

/** Imports beyond this many files are a hostile or broken workspace, not a clinic's library. */
const MAX_DOCUMENTS = 5000;

export interface LoadedPlan {
    /** The path as the user gave it (or as found in a folder), for messages. */
    file: string;
    document: LangiumDocument<Model>;
    diagnostics: Diagnostic[];
}

/**
 * Loads the given files and, transitively, the files they import (resolved relative to the
 * importing file, as the language server does), then builds them all once.
 */
export async function loadPlans(services: RehabServices, files: string[]): Promise<{ plans: LoadedPlan[]; failures: CliError[] }> {
    const documents = services.shared.workspace.LangiumDocuments;
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const failures: CliError[] = [];
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
    for (let i = 0; i < all.length && all.length < MAX_DOCUMENTS; i++) {
        for (const imp of (all[i].parseResult.value as Model).imports ?? []) {
            const uri = services.workspace.Imports.resolve(imp);
            if (!uri || uri.scheme !== 'file' || documents.hasDocument(uri) || !uri.fsPath.endsWith('.rehab')) continue;
            try {
                add(uri, readPlanFile(uri.fsPath));
            } catch {
                // reported by ImportValidator
            }
        }
    }

    await services.shared.workspace.DocumentBuilder.build(all, { validation: true });
    return { plans: entries.map(e => ({ ...e, diagnostics: sortDiagnostics(e.document.diagnostics ?? []) })), failures };
}

/** Expands folders into the `.rehab` files below them (skipping node_modules and hidden folders). */
export function expandPaths(paths: string[]): string[] {
    const result: string[] = [];
    for (const p of paths) {
        if (!existsSync(p)) throw new CliError(`${p}: no such file or folder.`);
        if (statSync(p).isDirectory()) {
            const found = findPlanFiles(p);
            if (found.length === 0) throw new CliError(`${p}: the folder holds no .rehab plan.`);
            result.push(...found);
        } else {
            result.push(p);
        }
    }
    return result;
}

function findPlanFiles(dir: string): string[] {
    const result: string[] = [];
    const visit = (d: string, depth: number) => {
        if (depth > 32) return;
        let entries;
        try {
            entries = readdirSync(d, { withFileTypes: true });
        } catch {
            return;
        }
        for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
            if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
            const full = path.join(d, entry.name);
            if (entry.isDirectory()) visit(full, depth + 1);
            else if (entry.isFile() && entry.name.endsWith('.rehab')) result.push(full);
        }
    };
    visit(dir, 0);
    return result;
}

function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
    return [...diagnostics].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
