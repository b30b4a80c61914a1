import { z } from 'zod';

export const SeveritySchema = z.enum(['error', 'warning', 'info', 'hint']);
export type Severity = z.infer<typeof SeveritySchema>;

export const LanguageSchema = z.enum(['en', 'da']);
export type Language = z.infer<typeof LanguageSchema>;

const Text = z.object({ en: z.string().min(1), da: z.string().min(1) }).strict();
export type LocalText = z.infer<typeof Text>;

/** A variant of a rule that fires with another severity or wording (PF011 above 5/10, PF020 too short). */
const Variant = z.object({ severity: SeveritySchema, message: Text }).strict();

export const RuleSchema = z.object({
    id: z.string().regex(/^(RP|PF)\d{3}$/),
    family: z.enum(['generic', 'screening', 'load-monitoring', 'dosage', 'running', 'course', 'procedures', 'footwear']),
    severity: SeveritySchema,
    when: Text,
    message: Text,
    variants: z.record(z.string(), Variant).optional(),
    section: z.string().optional(),
    quote: z.string().optional(),
    fix: Text.optional()
}).strict();
export type RuleDefinition = z.infer<typeof RuleSchema>;

export const ProfileSchema = z.object({
    id: z.string(),
    /** The `condition` that loads this profile; the generic profile has none and applies to every plan. */
    condition: z.string().optional(),
    title: Text,
    guide: z.string().optional(),
    thresholds: z.record(z.string(), z.number()),
    rules: z.array(RuleSchema).min(1)
}).strict();
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
