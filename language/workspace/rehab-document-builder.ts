import { DefaultDocumentBuilder, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { isModel } from '../generated/ast.js';
import { resolveImportPath } from './import-resolver.js';

/**
 * Langium relinks every document that has an unresolved reference whenever anything changes, since a new symbol
 * might resolve it. In this language a name resolves only from the plan itself, its imports (followed
 * transitively) and the built-ins, which never change: a plan needs relinking only when it or a file it imports
 * changed. With twenty plans open that each name an unknown exercise, one keystroke relinked and revalidated all
 * twenty; now it touches the plan being edited and the plans that import it.
 */
export class RehabDocumentBuilder extends DefaultDocumentBuilder {
    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (this.importsAnyOf(document, changedUris)) return true;
        // References into changed documents (the default's second test) still count.
        return this.indexManager.isAffected(document, changedUris);
    }

    /** Whether a file this document imports, directly or through other imports, is among the changed ones. */
    private importsAnyOf(document: LangiumDocument, changedUris: Set<string>): boolean {
        const seen = new Set<string>([document.uri.toString()]);
        const queue: LangiumDocument[] = [document];
        while (queue.length > 0) {
            const root = queue.shift()!.parseResult.value;
            if (!isModel(root)) continue;
            for (const imp of root.imports) {
                if (!imp.path) continue;
                const uri = resolveImportPath(root.$document!.uri, imp.path).toString();
                if (changedUris.has(uri)) return true;
                if (seen.has(uri)) continue;
                seen.add(uri);
                const imported = this.langiumDocuments.getDocument(resolveImportPath(root.$document!.uri, imp.path));
                if (imported) queue.push(imported);
            }
        }
        return false;
    }
}
