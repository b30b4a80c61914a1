import type { Module } from 'langium';
import type { PartialLangiumServices } from 'langium/lsp';
import type { RehabServices } from '../rehab-module.js';
import { RehabCodeActionProvider } from './rehab-code-actions.js';
import { RehabCodeLensProvider } from './rehab-code-lens.js';
import { RehabCompletionProvider } from './rehab-completion.js';
import { RehabDocumentSymbolProvider } from './rehab-document-symbols.js';
import { RehabFormatter } from './rehab-formatter.js';
import { RehabHoverProvider } from './rehab-hover.js';
import { RehabInlayHintProvider } from './rehab-inlay-hints.js';
import { RehabDefinitionProvider, RehabReferencesProvider, RehabRenameProvider } from './rehab-navigation.js';
import { RehabSemanticTokenProvider } from './rehab-semantic-tokens.js';

/** Editor features (hover, completion, code actions, formatting, …) on top of the language core. */
export const RehabLspModule: Module<RehabServices, PartialLangiumServices> = {
    lsp: {
        HoverProvider: services => new RehabHoverProvider(services),
        CompletionProvider: services => new RehabCompletionProvider(services),
        CodeActionProvider: services => new RehabCodeActionProvider(services),
        DocumentSymbolProvider: services => new RehabDocumentSymbolProvider(services),
        DefinitionProvider: services => new RehabDefinitionProvider(services),
        ReferencesProvider: services => new RehabReferencesProvider(services),
        RenameProvider: services => new RehabRenameProvider(services),
        Formatter: services =>
            new RehabFormatter(services.shared.workspace.LangiumDocumentFactory, services.shared.workspace.TextDocuments),
        SemanticTokenProvider: services => new RehabSemanticTokenProvider(services),
        InlayHintProvider: services => new RehabInlayHintProvider(services),
        CodeLensProvider: services => new RehabCodeLensProvider(services)
    }
};
