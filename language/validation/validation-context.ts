import { AstUtils, type AstNode } from 'langium';
import type { Allow, Model, Phase, Plan, Activity } from '../generated/ast.js';
import { isAllow, isHistory, isModel, isPhase } from '../generated/ast.js';
import { computeSchedule, dosesByActivity, type ActivityWeek, type Schedule } from '../schedule/schedule.js';
import { isReferralPlan, planClocks, runningPhases, type PlanClocks } from '../plan/plan-queries.js';
import type { RuleProfile } from '../rules/profile-schema.js';
import type { ProjectConfig } from '../rules/project-config.js';

/**
 * What every check of one validation run shares: the schedule (computed once, on first use), the
 * guide profile the plan's condition selects, the project config, and which `allow`s silenced something.
 */
export class ValidationContext {
    private cachedSchedule?: Schedule;
    private cachedClocks?: PlanClocks;
    private cachedReferral?: boolean;
    private cachedRunningPhases?: Phase[];
    readonly usedAllows = new Set<Allow>();
    private readonly allowsByContainer = new Map<Plan | Phase, Allow[]>();
    private readonly planMembersByGuard = new Map<(node: unknown) => boolean, Plan['members']>();

    constructor(
        readonly plan: Plan | undefined,
        readonly profile: RuleProfile | undefined,
        readonly config: ProjectConfig
    ) {}

    /** The course and treatment clocks that the plan's `history` sets (RULES.md, "Three clocks"). */
    get clocks(): PlanClocks {
        this.cachedClocks ??= planClocks(this.plan);
        return this.cachedClocks;
    }

    /** Whether the plan records where the patient is (`history`): without it every clock is the plan's week. */
    get hasHistory(): boolean {
        return this.planMembers(isHistory).length > 0;
    }

    /** A referral is judged by the generic and screening rules only. */
    get referral(): boolean {
        this.cachedReferral ??= isReferralPlan(this.plan);
        return this.cachedReferral;
    }

    /** An activity's doses, week by week, from the schedule (indexed once per run, so checks never rescan it). */
    weeksOf(activity: Activity): readonly ActivityWeek[] {
        return dosesByActivity(this.schedule).get(activity)?.doses ?? [];
    }

    /** Phases with running, in the order they start: several plan checks ask, each must not rescan every phase. */
    get runningPhases(): Phase[] {
        this.cachedRunningPhases ??= this.plan ? runningPhases(this.plan) : [];
        return this.cachedRunningPhases;
    }

    get schedule(): Schedule {
        this.cachedSchedule ??= this.plan ? computeSchedule(this.plan) : { lastWeek: 0, weeks: [] };
        return this.cachedSchedule;
    }

    /**
     * The plan-level members of one type, filtered once per run: checks on each of hundreds of phases
     * that look at the plan's stop rules (PF013) must not rescan every plan member each time.
     */
    planMembers<T extends Plan['members'][number]>(guard: (node: unknown) => node is T): T[] {
        let members = this.planMembersByGuard.get(guard) as T[] | undefined;
        if (!members) {
            members = this.plan?.members.filter(guard) ?? [];
            this.planMembersByGuard.set(guard, members);
        }
        return members;
    }

    /** The allows that can silence a rule on `node`: its phase's, then the plan's. */
    allowsFor(node: AstNode): Allow[] {
        const phase = AstUtils.getContainerOfType(node, isPhase);
        const planAllows = this.plan ? this.allowsOf(this.plan) : [];
        return phase ? [...this.allowsOf(phase), ...planAllows] : planAllows;
    }

    /** Cached: a large plan reports many diagnostics, and each must not rescan the plan's members. */
    private allowsOf(container: Plan | Phase): Allow[] {
        let allows = this.allowsByContainer.get(container);
        if (!allows) {
            allows = (container.members as Array<Plan['members'][number] | Phase['members'][number]>).filter(isAllow);
            this.allowsByContainer.set(container, allows);
        }
        return allows;
    }
}

export class ValidationContexts {
    private readonly contexts = new WeakMap<Model, ValidationContext>();

    set(model: Model, context: ValidationContext): void {
        this.contexts.set(model, context);
    }

    /** Called by every guarded check of every node, so it climbs to the root without type tests. */
    get(node: AstNode): ValidationContext | undefined {
        let root = node;
        while (root.$container) root = root.$container;
        return isModel(root) ? this.contexts.get(root) : undefined;
    }
}

export type AllowScope = Plan | Phase;
