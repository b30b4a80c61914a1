import type { LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { RehabServices } from '../rehab-module.js';
import type { Language } from '../rules/profile-schema.js';
import { SeverityOverrideSchema, type RehabSettings, type SeverityOverride } from '../rules/rule-settings.js';

/** The editor's `rehab.*` settings, as VS Code sends them for the `rehab` section. */
export interface RehabEditorSettings {
    diagnostics?: { language?: string };
    rules?: Record<string, unknown>;
}

/**
 * Keeps services.rules.Settings in step with the editor: reads the `rehab` section once the client
 * has sent it, and again on every change, then re-validates the loaded documents. `auto` follows
 * the editor's display language (initializationOptions.displayLanguage, or the LSP `locale`).
 */
export function startSettingsSync(shared: LangiumSharedServices, rehab: RehabServices): void {
    let displayLanguage: string | undefined;
    let section: RehabEditorSettings | undefined;
    shared.lsp.LanguageServer.onInitialize(params => {
        const options = params.initializationOptions as { displayLanguage?: unknown } | undefined;
        displayLanguage = typeof options?.displayLanguage === 'string' ? options.displayLanguage : params.locale;
        apply(false);
    });
    const config = shared.workspace.ConfigurationProvider;
    config.onConfigurationSectionUpdate(update => {
        if (update.section !== 'rehab') return;
        section = update.configuration as RehabEditorSettings;
        apply(true);
    });
    config.ready
        .then(async () => {
            // The client's answers are whatever the user wrote in settings.json; toRehabSettings checks them.
            const diagnostics: unknown = await config.getConfiguration('rehab', 'diagnostics');
            const rules: unknown = await config.getConfiguration('rehab', 'rules');
            section = { diagnostics, rules } as RehabEditorSettings;
            apply(true);
        })
        .catch(() => undefined);

    function apply(revalidate: boolean): void {
        const next = toRehabSettings(section, displayLanguage);
        const current = rehab.rules.Settings.get();
        if (JSON.stringify(next) === JSON.stringify(current)) return;
        rehab.rules.Settings.update(next);
        if (revalidate) revalidateAll(shared);
    }
}

/** Pure: the editor's settings to the services' settings; unknown values are ignored, never thrown. */
export function toRehabSettings(section: RehabEditorSettings | undefined, displayLanguage: string | undefined): RehabSettings {
    const chosen = section?.diagnostics?.language;
    const language: Language = chosen === 'en' || chosen === 'da' ? chosen : displayLanguage?.toLowerCase().startsWith('da') ? 'da' : 'en';
    const severities: Record<string, SeverityOverride> = {};
    for (const [id, value] of Object.entries(section?.rules ?? {})) {
        const parsed = SeverityOverrideSchema.safeParse(value);
        if (parsed.success) severities[id] = parsed.data;
    }
    return { language, severities };
}

function revalidateAll(shared: LangiumSharedServices): void {
    const documents: LangiumDocument[] = shared.workspace.LangiumDocuments.all.toArray();
    if (documents.length === 0) return;
    shared.workspace.WorkspaceLock.write(token => shared.workspace.DocumentBuilder.build(documents, { validation: true }, token)).catch(
        () => undefined
    );
}
