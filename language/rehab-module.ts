import { inject, type Module } from 'langium';
import {
    createDefaultModule,
    createDefaultSharedModule,
    type DefaultSharedModuleContext,
    type LangiumServices,
    type PartialLangiumSharedServices,
    type LangiumSharedServices,
    type PartialLangiumServices
} from 'langium/lsp';
import { RehabGeneratedModule, RehabGeneratedSharedModule } from './generated/module.js';
import { BuiltinLibrary } from './library/builtin-library.js';
import { RehabLinker } from './rehab-linker.js';
import { RehabLexerErrorMessageProvider, RehabParserErrorMessageProvider } from './parser/rehab-error-messages.js';
import { RehabLexer, RehabTokenBuilder } from './parser/rehab-token-builder.js';
import { RehabValueConverter } from './parser/rehab-value-converter.js';
import { lazyCompletionParser } from './parser/lazy-completion-parser.js';
import { RehabReferenceDescriptionProvider, RehabScopeComputation, RehabScopeProvider } from './rehab-scope-provider.js';
import { ProjectConfigLoader } from './rules/project-config.js';
import { RuleCatalogue } from './rules/rule-catalogue.js';
import { RuleReporter } from './rules/rule-reporter.js';
import { RehabSettingsService } from './rules/rule-settings.js';
import { RehabDocumentValidator } from './validation/rehab-document-validator.js';
import { RehabValidationRegistry } from './validation/rehab-validation-registry.js';
import { registerValidationChecks } from './validation/rehab-validator.js';
import { ValidationContexts } from './validation/validation-context.js';
import { ImportResolver } from './workspace/import-resolver.js';
import { RehabDocumentBuilder } from './workspace/rehab-document-builder.js';
import { RehabDocumentFactory } from './workspace/rehab-document-factory.js';
import { RehabLspModule } from './lsp/rehab-lsp-module.js';

export type RehabAddedServices = {
    library: { Builtins: BuiltinLibrary };
    workspace: { Imports: ImportResolver };
    rules: {
        Catalogue: RuleCatalogue;
        Settings: RehabSettingsService;
        ProjectConfig: ProjectConfigLoader;
        Contexts: ValidationContexts;
        Reporter: RuleReporter;
    };
};

export type RehabServices = LangiumServices & RehabAddedServices;

export const RehabModule: Module<RehabServices, PartialLangiumServices & RehabAddedServices> = {
    parser: {
        TokenBuilder: () => new RehabTokenBuilder(),
        Lexer: services => new RehabLexer(services),
        ValueConverter: () => new RehabValueConverter(),
        CompletionParser: services => lazyCompletionParser(services),
        ParserErrorMessageProvider: services => new RehabParserErrorMessageProvider(() => services.rules.Settings.get().language),
        LexerErrorMessageProvider: services => new RehabLexerErrorMessageProvider(() => services.rules.Settings.get().language)
    },
    references: {
        ScopeProvider: services => new RehabScopeProvider(services),
        ScopeComputation: services => new RehabScopeComputation(services),
        Linker: services => new RehabLinker(services)
    },
    validation: {
        DocumentValidator: services => new RehabDocumentValidator(services),
        ValidationRegistry: services => new RehabValidationRegistry(services)
    },
    library: {
        Builtins: services => new BuiltinLibrary(services)
    },
    workspace: {
        Imports: services => new ImportResolver(services),
        ReferenceDescriptionProvider: services => new RehabReferenceDescriptionProvider(services)
    },
    rules: {
        Catalogue: () => new RuleCatalogue(),
        Settings: () => new RehabSettingsService(),
        ProjectConfig: services => new ProjectConfigLoader(services.shared, services.rules.Catalogue),
        Contexts: () => new ValidationContexts(),
        Reporter: services => new RuleReporter(services.rules.Catalogue, services.rules.Settings, services.rules.Contexts)
    }
};

/**
 * Shared services: the document builder that relinks only what an edit can affect, and the document factory that
 * re-parses only the member an edit falls into.
 */
export const RehabSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        DocumentBuilder: services => new RehabDocumentBuilder(services),
        LangiumDocumentFactory: services => new RehabDocumentFactory(services)
    }
};

/**
 * The one service factory: the language server, the CLI and the tests all build their services
 * here, so they parse, link and validate identically.
 */
export function createRehabServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Rehab: RehabServices } {
    const shared = inject(createDefaultSharedModule(context), RehabGeneratedSharedModule, RehabSharedModule);
    const Rehab = inject(createDefaultModule({ shared }), RehabGeneratedModule, RehabModule, RehabLspModule);
    shared.ServiceRegistry.register(Rehab);
    registerValidationChecks(Rehab);
    if (!context.connection) {
        // Without a language client nobody sends configuration; builds must not wait for it.
        void shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Rehab };
}
