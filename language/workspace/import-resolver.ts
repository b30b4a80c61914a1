import { AstUtils, UriUtils, type LangiumDocument, type LangiumDocuments, type URI } from 'langium';
import type { LangiumCoreServices } from 'langium';
import type { Import, Model } from '../generated/ast.js';

/** Resolves `import "…"` paths relative to the importing file, the same way in the CLI and the language server. */
export class ImportResolver {
    private readonly documents: LangiumDocuments;

    constructor(services: LangiumCoreServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    resolve(imp: Import): URI | undefined {
        if (!imp.path) return undefined;
        const doc = AstUtils.getDocument(imp);
        return resolveImportPath(doc.uri, imp.path);
    }

    /** The loaded document an import points to, or undefined when it is not loaded. */
    importedDocument(imp: Import): LangiumDocument<Model> | undefined {
        const uri = this.resolve(imp);
        return uri ? (this.documents.getDocument(uri) as LangiumDocument<Model> | undefined) : undefined;
    }

    /** Every document reachable through imports, each once, cycles cut. */
    reachableDocuments(model: Model): LangiumDocument<Model>[] {
        const seen = new Set<string>([AstUtils.getDocument(model).uri.toString()]);
        const result: LangiumDocument<Model>[] = [];
        const visit = (m: Model) => {
            for (const imp of m.imports) {
                const doc = this.importedDocument(imp);
                if (!doc || seen.has(doc.uri.toString())) continue;
                seen.add(doc.uri.toString());
                result.push(doc);
                visit(doc.parseResult.value);
            }
        };
        visit(model);
        return result;
    }

    /** The chain of imports that leads from `model` back to itself, or undefined when there is none. */
    findCycle(model: Model): string[] | undefined {
        const start = AstUtils.getDocument(model).uri.toString();
        const path: string[] = [];
        const onPath = new Set<string>();
        const done = new Set<string>();
        const visit = (m: Model, uri: string): string[] | undefined => {
            path.push(uri);
            onPath.add(uri);
            for (const imp of m.imports) {
                const doc = this.importedDocument(imp);
                if (!doc) continue;
                const next = doc.uri.toString();
                if (next === start) return [...path, next];
                if (onPath.has(next) || done.has(next)) continue;
                const found = visit(doc.parseResult.value, next);
                if (found) return found;
            }
            path.pop();
            onPath.delete(uri);
            done.add(uri);
            return undefined;
        };
        return visit(model, start);
    }
}

export function resolveImportPath(from: URI, path: string): URI {
    return UriUtils.resolvePath(UriUtils.dirname(from), path);
}
