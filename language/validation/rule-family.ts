import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import type { Phase, Plan, RehabAstType } from '../generated/ast.js';
import { runningPhases } from '../plan/plan-queries.js';
import type { RehabServices } from '../rehab-module.js';
import { GENERIC_PROFILE, threshold, type RuleCatalogue } from '../rules/rule-catalogue.js';
import type { RuleProfile } from '../rules/profile-schema.js';
import type { ReportOptions, RuleReporter } from '../rules/rule-reporter.js';
import { reportCheckFailure } from './rehab-validation-registry.js';
import type { ValidationContext, ValidationContexts } from './validation-context.js';

/**
 * A family of checks (one file each). A family bound to a guide profile runs only on plans whose
 * `condition` selects that profile, and reads its thresholds from it, never from constants.
 */
export abstract class RuleFamily {
    protected readonly reporter: RuleReporter;
    protected readonly catalogue: RuleCatalogue;
    private readonly contexts: ValidationContexts;

    /** The rule ids this family reports, and no other family does (a test checks that every rule has one owner). */
    abstract readonly owns: readonly string[];

    /** The profile id this family belongs to; undefined for families that hold for every plan. */
    protected readonly profileId?: string;

    /** Whether this guide family judges a referral plan too (only screening does: LANGUAGE.md v2, `refer`). */
    protected readonly judgesReferrals: boolean = false;

    protected readonly settings: RehabServices['rules']['Settings'];

    constructor(services: RehabServices) {
        this.settings = services.rules.Settings;
        this.reporter = services.rules.Reporter;
        this.catalogue = services.rules.Catalogue;
        this.contexts = services.rules.Contexts;
    }

    abstract checks(): ValidationChecks<RehabAstType>;

    /**
     * The checks, guarded so that a guide family stays silent on plans of another condition. The guard climbs to the
     * plan for its context, so a type's checks share one guard per node; a check that throws still becomes an error
     * on its node without stopping the others (as Langium's registry does for each registered check).
     */
    guardedChecks(): ValidationChecks<RehabAstType> {
        const checks = this.checks() as Record<string, unknown>;
        if (!this.profileId) return checks;
        const guarded: Record<string, unknown> = {};
        for (const [type, value] of Object.entries(checks)) {
            const list = (Array.isArray(value) ? value : [value]) as Array<(node: AstNode, accept: ValidationAcceptor) => void>;
            guarded[type] = (node: AstNode, accept: ValidationAcceptor) => {
                const context = this.contextOf(node);
                if (!context || context.profile?.id !== this.profileId) return;
                if (context.referral && !this.judgesReferrals) return;
                for (const check of list) {
                    try {
                        check.call(this, node, accept);
                    } catch (err) {
                        reportCheckFailure(err, node, accept);
                    }
                }
            };
        }
        return guarded;
    }

    protected contextOf(node: AstNode): ValidationContext | undefined {
        return this.contexts.get(node);
    }

    /** The plan's running phases in start order, computed once per validation run. */
    protected runningPhasesOf(plan: Plan): Phase[] {
        return this.contextOf(plan)?.runningPhases ?? runningPhases(plan);
    }

    protected report(accept: ValidationAcceptor, rule: string, options: ReportOptions): void {
        // A defect, found by the first test that makes the check fire: every rule is reported by its one owner.
        if (!this.owns.includes(rule)) throw new Error(`${this.constructor.name} reports ${rule}, which it does not own.`);
        this.reporter.report(accept, rule, options);
    }

    /** A threshold of the plan's guide profile. */
    protected limit(node: AstNode, key: string): number {
        // Families that hold for every plan read the generic profile; a guide family reads its guide's.
        if (!this.profileId) return threshold(GENERIC_PROFILE, key);
        const profile: RuleProfile | undefined = this.contextOf(node)?.profile;
        if (!profile) throw new Error(`No guide profile for threshold '${key}'.`);
        return threshold(profile, key);
    }
}
