import { DefaultDocumentBuilder, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { isModel } from '../generated/ast.js';
import type { RehabServices } from '../rehab-module.js';

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

    /**
     * Whether a file this document imports, directly or through other imports, is among the changed ones. The
     * import resolver walks the loaded imports; each of their import lines is tested too, so a library file that
     * was missing and has just been created counts.
     */
    private importsAnyOf(document: LangiumDocument, changedUris: Set<string>): boolean {
        const root = document.parseResult.value;
        if (!isModel(root)) return false;
        const imports = (this.serviceRegistry.getServices(document.uri) as RehabServices).workspace.Imports;
        for (const model of [root, ...imports.reachableDocuments(root).map(d => d.parseResult.value)]) {
            for (const imp of model.imports) {
                const uri = imports.resolve(imp);
                if (uri && changedUris.has(uri.toString())) return true;
            }
        }
        return false;
    }
}
