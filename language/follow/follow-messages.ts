import { wordsFor, type Language } from '../words/dictionary.js';
import { followRule, type FollowProfile, type FollowRuleId } from './follow-profile.js';
import type { FollowEvent } from './follow-result.js';

export type MessageArgs = Record<string, string | number>;

/**
 * An FU event in the wanted language: the profile's wording with its placeholders filled (numbers as the language
 * writes them), the guide's section after it as rule diagnostics have it, and the section and quote alongside.
 */
export function followEvent(
    profile: FollowProfile,
    id: FollowRuleId,
    date: string,
    language: Language,
    args: MessageArgs = {},
    variant?: string,
    line?: number
): FollowEvent {
    const rule = followRule(profile, id);
    const chosen = variant ? rule.variants?.[variant] : undefined;
    const template = (chosen?.message ?? rule.message)[language];
    const w = wordsFor(language);
    const text = template.replace(/\{(\w+)\}/g, (whole, key: string) => {
        const value = args[key];
        if (value === undefined) return whole;
        return typeof value === 'number' ? w.num(value) : value;
    });
    const event: FollowEvent = {
        rule: id,
        severity: chosen?.severity ?? rule.severity,
        date,
        message: rule.section ? `${text} (guide: ${rule.section})` : text
    };
    if (rule.section) event.section = rule.section;
    if (rule.quote) event.quote = rule.quote;
    if (line !== undefined) event.line = line;
    return event;
}
