import { AstUtils, type AstNode, type ValidationAcceptor } from 'langium';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import type { QuickFix } from '../fixes/text-edits.js';
import type { ValidationContexts } from '../validation/validation-context.js';
import { argText, type MessageArg } from './message-phrases.js';
import type { Language, RuleDefinition, Severity } from './profile-schema.js';
import type { RuleCatalogue } from './rule-catalogue.js';
import type { RehabSettingsService } from './rule-settings.js';

export interface ReportOptions {
    node: AstNode;
    property?: string;
    index?: number;
    keyword?: string;
    /** A named variant of the rule with its own severity and wording (see the profile). */
    variant?: string;
    args?: Record<string, MessageArg>;
    fix?: QuickFix;
}

/** What a diagnostic carries for quick fixes, hovers and the CLI's "why". */
export interface RuleDiagnosticData {
    code: string;
    rule: string;
    section?: string;
    quote?: string;
    fix?: QuickFix;
}

/**
 * The one way a check reports a rule: it looks up wording, severity, guide section and quote in the
 * rule profile, applies project and editor severities, and honours `allow … because` in scope.
 */
export class RuleReporter {
    constructor(
        private readonly catalogue: RuleCatalogue,
        private readonly settings: RehabSettingsService,
        private readonly contexts: ValidationContexts
    ) {}

    report(accept: ValidationAcceptor, ruleId: string, options: ReportOptions): void {
        const rule = this.catalogue.rule(ruleId);
        if (!rule) throw new Error(`No rule ${ruleId} in any profile.`);
        const context = this.contexts.get(options.node);
        if (context) {
            // An allow never silences what is said about itself (`allow RP005 …` that silences nothing gets its hint).
            const allow = context.allowsFor(options.node).find(a => a.rule === ruleId && isValidReason(a.reason) && a !== options.node);
            if (allow) {
                context.usedAllows.add(allow);
                return;
            }
        }
        const severity = this.severityOf(rule, options.variant, context?.config.rules);
        if (!severity) return;
        const language = this.settings.get().language;
        // A message may name any threshold of its rule's profile (`{runGrowthWarnPercent}`): the number it says is the
        // number the check used, from one place.
        const thresholds = this.catalogue.profileOfRule(ruleId)?.thresholds ?? {};
        const message = formatRuleMessage(rule, options.variant, { ...thresholds, ...(options.args ?? {}) }, language);
        const data: RuleDiagnosticData = {
            code: ruleId,
            rule: ruleId,
            section: rule.section,
            quote: rule.quote,
            fix: this.localizedFix(rule, options, language)
        };
        accept(severity, message, {
            node: options.node,
            property: options.property,
            index: options.index,
            keyword: options.keyword,
            code: ruleId,
            data,
            relatedInformation: this.related(rule, options.node, language)
        });
    }

    /** One source for quick-fix titles: the profile's `fix` text, in the language of the messages. */
    private localizedFix(rule: RuleDefinition, options: ReportOptions, language: Language): QuickFix | undefined {
        const fix = options.fix;
        const template = rule.fix?.[language];
        if (!fix || !template) return fix;
        const args: Record<string, MessageArg> = { ...(options.args ?? {}), ...(fix.titleArgs ?? {}) };
        return { title: fillTemplate(template, args, language), edits: fix.edits };
    }

    private severityOf(rule: RuleDefinition, variant: string | undefined, project: Record<string, string> = {}): Severity | undefined {
        const override = project[rule.id] ?? this.settings.get().severities[rule.id];
        if (override === 'off') return undefined;
        if (override) return override as Severity;
        return (variant && rule.variants?.[variant]?.severity) || rule.severity;
    }

    private related(rule: RuleDefinition, node: AstNode, language: Language): DiagnosticRelatedInformation[] | undefined {
        const range = node.$cstNode?.range;
        if (!rule.quote || !range) return undefined;
        const uri = AstUtils.getDocument(node).uri.toString();
        const label = language === 'da' ? 'Guiden' : 'Guide';
        return [{ location: { uri, range }, message: `${label}, «${rule.section}»: “${rule.quote}”` }];
    }
}

export function isValidReason(reason: string | undefined): boolean {
    return reason !== undefined && reason.trim().length > 0;
}

export function formatRuleMessage(
    rule: RuleDefinition,
    variant: string | undefined,
    args: Record<string, MessageArg>,
    language: Language
): string {
    const template = (variant && rule.variants?.[variant]?.message[language]) || rule.message[language];
    const text = fillTemplate(template, args, language);
    return rule.section ? `${text} (${language === 'da' ? 'guiden' : 'guide'}: ${rule.section})` : text;
}

/** A profile text with its `{name}` placeholders filled in; a placeholder without an argument stays as written. */
function fillTemplate(template: string, args: Record<string, MessageArg>, language: Language): string {
    return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in args ? argText(args[key], language) : whole));
}
