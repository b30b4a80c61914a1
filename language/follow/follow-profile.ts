// The follow-up profile: the numbers the guide does not give (this project's defaults), the red-flag words,
// and the FU rules' severities, wording and guide quotes, validated at load like the rule profiles.
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import followData from '../rules/profiles/plantar-fasciitis.follow.json';
import type { Language } from '../words/dictionary.js';

z.config(en());

const Text = z.strictObject({ en: z.string().check(z.minLength(1)), da: z.string().check(z.minLength(1)) });
const Severity = z.enum(['error', 'warning', 'info', 'hint']);

export const FOLLOW_RULE_IDS = ['FU001', 'FU002', 'FU003', 'FU004', 'FU005', 'FU006', 'FU007'] as const;
export type FollowRuleId = (typeof FOLLOW_RULE_IDS)[number];

export const DECISIONS = ['progress', 'hold', 'step-back', 'wait', 'refer'] as const;
export type Decision = (typeof DECISIONS)[number];

const FollowRule = z.strictObject({
    id: z.enum(FOLLOW_RULE_IDS),
    severity: Severity,
    section: z.optional(z.string()),
    quote: z.optional(z.string()),
    when: Text,
    message: Text,
    variants: z.optional(z.record(z.string(), z.strictObject({ severity: Severity, message: Text })))
});
export type FollowRule = z.infer<typeof FollowRule>;

const Count = z.number().check(z.int(), z.positive());

export const FollowProfileSchema = z.strictObject({
    id: z.string(),
    condition: z.string(),
    title: Text,
    guide: z.optional(z.string()),
    thresholds: z.strictObject({
        /** The baseline is the median first-step pain of this many first recorded mornings. */
        baselineMornings: Count,
        /** A rise is judged against the median of up to this many recorded mornings before it… */
        riseWindowMornings: Count,
        /** …once at least this many are recorded before it. */
        riseMinMornings: Count,
        /** `first-step pain rises` without a number: this many points. */
        riseDefaultPoints: z.number().check(z.positive()),
        /** Entry criteria look back this many days (walks, activity pain)… */
        entryWindowDays: Count,
        /** …and take the median of this many last recorded mornings. */
        entryWindowMornings: Count,
        /** At a review, first-step pain must have fallen at least this much from the baseline. */
        reviewImprovementPercent: z.number().check(z.gte(0), z.lte(100)),
        /** A week with fewer recorded mornings gets FU007. */
        weekMinMornings: Count
    }),
    redFlags: z.record(z.string().check(z.regex(/^[a-z][a-z-]*$/)), Text),
    rules: z.array(FollowRule).check(z.length(FOLLOW_RULE_IDS.length)),
    decisions: z.strictObject({ progress: Text, hold: Text, 'step-back': Text, wait: Text, refer: Text })
});
export type FollowProfile = z.infer<typeof FollowProfileSchema>;
export type FollowThresholds = FollowProfile['thresholds'];

/** Parses a follow profile, failing loudly with the key at fault; every FU rule must be there exactly once. */
export function loadFollowProfile(data: unknown, source: string): FollowProfile {
    const result = FollowProfileSchema.safeParse(data);
    if (!result.success) {
        const issue = result.error.issues[0];
        throw new Error(`Follow profile ${source}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    const ids = new Set(result.data.rules.map(r => r.id));
    const missing = FOLLOW_RULE_IDS.filter(id => !ids.has(id));
    if (missing.length > 0) throw new Error(`Follow profile ${source}: rules: ${missing.join(', ')} missing.`);
    return result.data;
}

export const PLANTAR_FASCIITIS_FOLLOW: FollowProfile = loadFollowProfile(followData, 'plantar-fasciitis.follow.json');

/** Follow profiles by condition; a plan of another condition is followed with the plantar fasciitis defaults. */
export function followProfileFor(_condition: string | undefined): FollowProfile {
    return PLANTAR_FASCIITIS_FOLLOW;
}

export function followRule(profile: FollowProfile, id: FollowRuleId): FollowRule {
    const rule = profile.rules.find(r => r.id === id);
    if (!rule) throw new Error(`Follow profile ${profile.id} has no rule ${id}.`);
    return rule;
}

export function decisionWord(profile: FollowProfile, decision: Decision, language: Language): string {
    return profile.decisions[decision][language];
}
