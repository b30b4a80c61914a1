import * as z from 'zod/mini';
import { LanguageSchema, SeveritySchema, type Language, type Severity } from './profile-schema.js';

export type SeverityOverride = Severity | 'off';
export const SeverityOverrideSchema = z.union([SeveritySchema, z.literal('off')]);

/** Settings the host (language server, CLI, tests) gives: message language and per-rule severities. */
export interface RehabSettings {
    language: Language;
    severities: Record<string, SeverityOverride>;
}

export class RehabSettingsService {
    private settings: RehabSettings = { language: 'en', severities: {} };

    get(): RehabSettings {
        return this.settings;
    }

    update(partial: Partial<RehabSettings>): void {
        this.settings = { ...this.settings, ...partial };
    }
}

export { LanguageSchema };
