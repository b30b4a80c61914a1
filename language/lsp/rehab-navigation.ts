import { AstUtils, type LangiumDocument, type MaybePromise } from 'langium';
import { DefaultDefinitionProvider, DefaultReferencesProvider, DefaultRenameProvider } from 'langium/lsp';
import type { DefinitionParams, ReferenceParams, RenameParams, TextDocumentPositionParams } from 'vscode-languageserver';
import type { Location, LocationLink, Range, WorkspaceEdit } from 'vscode-languageserver-types';
import { CstUtils } from 'langium';
import { BUILTIN_SCHEME } from '../library/builtin-source.js';

const isBuiltinUri = (uri: string) => uri.startsWith(BUILTIN_SCHEME + ':');

/** Definitions of phases and user exercises, across imports; the built-in library is not a place to go. */
export class RehabDefinitionProvider extends DefaultDefinitionProvider {
    override getDefinition(document: LangiumDocument, params: DefinitionParams): MaybePromise<LocationLink[] | undefined> {
        const links = super.getDefinition(document, params) as LocationLink[] | undefined;
        const kept = links?.filter(link => !isBuiltinUri(link.targetUri));
        return kept && kept.length > 0 ? kept : undefined;
    }
}

export class RehabReferencesProvider extends DefaultReferencesProvider {
    override findReferences(document: LangiumDocument, params: ReferenceParams): MaybePromise<Location[]> {
        const locations = super.findReferences(document, params) as Location[];
        return locations.filter(l => !isBuiltinUri(l.uri));
    }
}

/** Renames phases and user exercises everywhere they are used; built-in exercises cannot be renamed. */
export class RehabRenameProvider extends DefaultRenameProvider {
    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        if (!/^[a-zA-Z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*$/.test(params.newName) || this.targetsBuiltin(document, params)) return undefined;
        return super.rename(document, params);
    }

    override prepareRename(document: LangiumDocument, params: TextDocumentPositionParams): MaybePromise<Range | undefined> {
        return this.targetsBuiltin(document, params) ? undefined : super.prepareRename(document, params);
    }

    private targetsBuiltin(document: LangiumDocument, params: TextDocumentPositionParams): boolean {
        const root = document.parseResult.value.$cstNode;
        if (!root) return false;
        const leaf = CstUtils.findDeclarationNodeAtOffset(
            root,
            document.textDocument.offsetAt(params.position),
            this.grammarConfig.nameRegexp
        );
        if (!leaf) return false;
        return this.references.findDeclarations(leaf).some(target => isBuiltinUri(AstUtils.getDocument(target).uri.toString()));
    }
}
