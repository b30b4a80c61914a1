// zod/mini: the same validation as zod, a fraction of the size in the language server's bundle; the English
// messages are loaded explicitly so a bad profile or rehab.config.json still says what is wrong.
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config(en());

export const SeveritySchema = z.enum(['error', 'warning', 'info', 'hint']);
export type Severity = z.infer<typeof SeveritySchema>;

export const LanguageSchema = z.enum(['en', 'da']);
export type Language = z.infer<typeof LanguageSchema>;

const Text = z.strictObject({ en: z.string().check(z.minLength(1)), da: z.string().check(z.minLength(1)) });
export type LocalText = z.infer<typeof Text>;

/** A variant of a rule that fires with another severity or wording (PF011 above 5/10, PF020 too short). */
const Variant = z.strictObject({ severity: SeveritySchema, message: Text });

export const RuleSchema = z.strictObject({
    id: z.string().check(z.regex(/^(RP|PF)\d{3}$/)),
    family: z.enum(['generic', 'screening', 'load-monitoring', 'dosage', 'running', 'course', 'procedures', 'footwear']),
    severity: SeveritySchema,
    when: Text,
    message: Text,
    variants: z.optional(z.record(z.string(), Variant)),
    section: z.optional(z.string()),
    quote: z.optional(z.string()),
    fix: z.optional(Text)
});
export type RuleDefinition = z.infer<typeof RuleSchema>;

/** One sign for the patient to contact the clinic: its wording in both languages and the guide's line it comes from. */
export const SeekHelpSchema = z.strictObject({
    en: z.string().check(z.minLength(1)),
    da: z.string().check(z.minLength(1)),
    quote: z.optional(z.string())
});
export type SeekHelp = z.infer<typeof SeekHelpSchema>;

export const ProfileSchema = z.strictObject({
    id: z.string(),
    /** The `condition` that loads this profile; the generic profile has none and applies to every plan. */
    condition: z.optional(z.string()),
    title: Text,
    guide: z.optional(z.string()),
    thresholds: z.record(z.string(), z.number()),
    /** When the patient should contact the clinic, in the patient's words (the handout's "contact us if" list), with the guide's own line. */
    seekHelp: z.optional(z.array(SeekHelpSchema)),
    rules: z.array(RuleSchema).check(z.minLength(1))
});
export type RuleProfile = z.infer<typeof ProfileSchema>;

/** Parses a profile and fails loudly at start-up, naming the key, rather than misjudging a plan later. */
export function loadProfile(data: unknown, source: string): RuleProfile {
    const result = ProfileSchema.safeParse(data);
    if (!result.success) {
        const issue = result.error.issues[0];
        throw new Error(`Rule profile ${source}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    return result.data;
}
