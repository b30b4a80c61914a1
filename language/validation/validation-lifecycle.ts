import type { AstNode, ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import type { Allow, Model } from '../generated/ast.js';
import { isAllow, isCondition, isModel, isPhase } from '../generated/ast.js';
import type { RehabServices } from '../rehab-module.js';
import type { ProjectConfigLoader } from '../rules/project-config.js';
import type { RuleCatalogue } from '../rules/rule-catalogue.js';
import { isValidReason, type RuleReporter } from '../rules/rule-reporter.js';
import { ValidationContext, type ValidationContexts } from './validation-context.js';
import { phrase } from '../rules/message-phrases.js';

/**
 * Runs before and after the node checks of a document: prepares the shared context, and afterwards
 * reports the `allow`s that silenced nothing (they can only be known once every rule has run).
 */
export class ValidationLifecycle {
    private readonly catalogue: RuleCatalogue;
    private readonly contexts: ValidationContexts;
    private readonly config: ProjectConfigLoader;
    private readonly reporter: RuleReporter;

    constructor(services: RehabServices) {
        this.catalogue = services.rules.Catalogue;
        this.contexts = services.rules.Contexts;
        this.config = services.rules.ProjectConfig;
        this.reporter = services.rules.Reporter;
    }

    prepare(root: AstNode, accept: ValidationAcceptor): void {
        if (!isModel(root)) return;
        const plan = root.plan;
        const condition = plan?.members.find(isCondition)?.name;
        const config = this.config.forDocument(AstUtils.getDocument(root).uri);
        this.contexts.set(root, new ValidationContext(plan, this.catalogue.profileForCondition(condition), config));
        if (config.error) {
            accept('error', `${config.error} (${config.file?.fsPath ?? ''})`, {
                node: plan ?? root,
                keyword: plan ? 'plan' : undefined,
                code: 'config'
            });
        }
    }

    reportAllowsThatSilencedNothing(root: AstNode, accept: ValidationAcceptor): void {
        if (!isModel(root) || !root.plan) return;
        const context = this.contexts.get(root);
        if (!context) return;
        for (const allow of allAllows(root)) {
            if (!allow.rule || !this.catalogue.has(allow.rule) || !isValidReason(allow.reason)) continue;
            if (context.usedAllows.has(allow)) continue;
            const scope = phrase(AstUtils.getContainerOfType(allow, isPhase) ? 'phase' : 'plan');
            this.reporter.report(accept, 'RP005', { node: allow, property: 'rule', variant: 'unused', args: { rule: allow.rule, scope } });
        }
    }
}

function allAllows(model: Model): Allow[] {
    const result: Allow[] = [];
    for (const member of model.plan?.members ?? []) {
        if (isAllow(member)) result.push(member);
        if (isPhase(member)) result.push(...member.members.filter(isAllow));
    }
    return result;
}
