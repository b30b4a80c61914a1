import { AstUtils, type AstNode } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type {
    Activity,
    Dose,
    EntryCriterion,
    Exercise,
    HistoryFact,
    Model,
    Phase,
    Plan,
    StopCondition,
    StopRule
} from '../generated/ast.js';
import {
    isActivity,
    isActivityPainCriterion,
    isActivityPainLimit,
    isAge,
    isAllow,
    isAtWeeks,
    isCondition,
    isDelivery,
    isDiabetes,
    isDuration,
    isEntry,
    isExercise,
    isFirstStepPainCriterion,
    isFirstStepPainLog,
    isFirstStepPainRises,
    isGoal,
    isIntervals,
    isLanguageSetting,
    isMonitor,
    isNightPainSign,
    isPainAbove,
    isPainSettles,
    isPatient,
    isPhase,
    isRedFlags,
    isReview,
    isSetsHold,
    isSetsReps,
    isShoes,
    isSide,
    isStopRule,
    isWalkCriterion,
    isWeekCriterion,
    isWeight,
    isAvoid,
    isHistory,
    isSymptomsFor,
    isTreatedFor
} from '../generated/ast.js';
import { computeSchedule, phaseEnd, type Schedule } from '../schedule/schedule.js';
import { sessionsPerWeek, sessionsPerWeekMax, toHours, toMinutes, toMinutesMax, toSeconds, toSecondsMax } from '../schedule/quantities.js';
import { frequencyText } from '../words/rehab-source.js';
import {
    contactText,
    exerciseKind,
    exerciseText,
    isReferralPlan,
    planStartDate,
    referralText,
    spanWeeks,
    variantBase
} from '../plan/plan-queries.js';
import { addDays, weekStart } from '../plan/dates.js';
import { SCHEMA_VERSION, type CompiledDiagnostic, type CompiledPlan } from './plan-json-schema.js';

const SEVERITIES = ['error', 'error', 'warning', 'info', 'hint'] as const;

/** Rule severities a project's `rehab.config.json` sets, and the file they come from. */
export interface ProjectRules {
    file?: string;
    rules: Record<string, string>;
}

/**
 * The plan as versioned JSON (see CompiledPlanSchema). Pure: the same plan gives the same JSON.
 * `project` records the config file's rule settings: a rule switched off there silences as much as an
 * `allow`, so the compiled plan keeps it for audit too.
 */
export function compilePlan(model: Model, diagnostics: Diagnostic[] = [], project?: ProjectRules): CompiledPlan {
    const plan = model.plan;
    if (!plan) throw new Error('Only a plan file can be compiled; this file holds no `plan`.');
    const schedule = computeSchedule(plan);
    const exercisesOfPlan = plan.members.filter(isExercise);
    return {
        schemaVersion: SCHEMA_VERSION,
        plan: {
            id: plan.name,
            title: plan.title,
            condition: plan.members.find(isCondition)?.name,
            language: plan.members.find(isLanguageSetting)?.code === 'da' ? 'da' : 'en',
            start: planStartDate(plan),
            contact: contactText(plan),
            referral: compileReferral(plan)
        },
        history: compileHistory(plan),
        patient: compilePatient(plan),
        loadRules: compileLoadRules(plan),
        stopRules: plan.members.filter(isStopRule).map(r => compileStopRule(r, 'plan')),
        reviews: plan.members.filter(isReview).map(r => ({ week: r.week, note: r.note })),
        shoesReplaceEveryKm: plan.members.find(isShoes)?.distance?.value,
        delivery: Object.fromEntries(plan.members.filter(isDelivery).map(d => [d.key, d.text])),
        exercises: exercisesOfPlan.map(e => ({ ...exerciseRef(e, 'plan'), targets: e.targets })),
        phases: plan.members.filter(isPhase).map(compilePhase),
        overrides: compileOverrides(plan),
        ...compileProjectRules(project),
        schedule: compileSchedule(schedule, planStartDate(plan)),
        diagnostics: diagnostics.map(compileDiagnostic)
    };
}

function compileReferral(plan: Plan): CompiledPlan['plan']['referral'] {
    const text = referralText(plan);
    return text === undefined ? undefined : { text, referralOnly: isReferralPlan(plan) };
}

function compileHistory(plan: Plan): CompiledPlan['history'] {
    const facts = plan.members.filter(isHistory).flatMap(h => h.facts);
    if (facts.length === 0) return undefined;
    const span = (fact: HistoryFact | undefined) => {
        const weeks = spanWeeks(fact?.span);
        if (!fact?.span || weeks === undefined) return undefined;
        return { value: fact.span.value, unit: fact.span.unit.replace(/s$/, '') as 'day' | 'week' | 'month' | 'year', weeks };
    };
    return { symptoms: span(facts.filter(isSymptomsFor).at(-1)), treated: span(facts.filter(isTreatedFor).at(-1)) };
}

function compilePatient(plan: Plan): CompiledPlan['patient'] {
    const patients = plan.members.filter(isPatient);
    if (patients.length === 0) return undefined;
    const result: NonNullable<CompiledPlan['patient']> = {};
    // Several `patient` blocks add up, as the rules read them.
    for (const fact of patients.flatMap(p => p.facts)) {
        if (isAge(fact)) result.age = fact.value;
        else if (isWeight(fact) && fact.amount?.unit === 'kg') result.weightKg = fact.amount.value;
        else if (isSide(fact)) result.side = fact.side;
        else if (isRedFlags(fact)) result.redFlags = fact.none ? [] : [...fact.flags];
        else if (isDiabetes(fact)) result.diabetes = fact.value === 'yes';
    }
    return result;
}

function compileLoadRules(plan: Plan): CompiledPlan['loadRules'] {
    const rules = plan.members.filter(isMonitor).flatMap(m => m.rules);
    return {
        maxActivityPain: rules.find(isActivityPainLimit)?.limit?.value,
        painSettlesWithinHours: toHours(rules.find(isPainSettles)?.window),
        firstStepPainDaily: rules.some(isFirstStepPainLog)
    };
}

function compileStopRule(rule: StopRule, scope: string) {
    return { scope, conditions: rule.conditions.map(compileStopCondition), line: lineOf(rule) };
}

function compileStopCondition(c: StopCondition): CompiledPlan['stopRules'][number]['conditions'][number] {
    if (isFirstStepPainRises(c))
        return c.points !== undefined ? { type: 'first-step-pain-rises', points: c.points } : { type: 'first-step-pain-rises' };
    if (isPainAbove(c)) return { type: 'pain-above', limit: c.limit?.value ?? 0 };
    if (isNightPainSign(c)) return { type: 'night-pain' };
    return { type: 'swelling' };
}

function compileEntry(c: EntryCriterion): CompiledPlan['phases'][number]['entry'][number] {
    if (isFirstStepPainCriterion(c)) return { type: 'first-step-pain-at-most', limit: c.limit?.value ?? 0 };
    if (isWalkCriterion(c)) return { type: 'walk-without-worsening', minutes: toMinutes(c.duration) ?? 0 };
    if (isActivityPainCriterion(c)) return { type: 'activity-pain-at-most', limit: c.limit?.value ?? 0 };
    return { type: 'week', week: isWeekCriterion(c) ? c.week : 0 };
}

function compilePhase(phase: Phase): CompiledPlan['phases'][number] {
    return {
        id: phase.name,
        title: phase.title,
        weeks: { from: phase.from, to: phaseEnd(phase) },
        goals: phase.members.filter(isGoal).map(g => g.text),
        entry: phase.members.filter(isEntry).flatMap(e => e.criteria.map(compileEntry)),
        avoid: phase.members.filter(isAvoid).flatMap(a => a.items),
        stopRules: phase.members.filter(isStopRule).map(r => compileStopRule(r, phase.name)),
        reviews: phase.members.filter(isReview).map(r => ({ week: r.week, note: r.note })),
        shoesReplaceEveryKm: phase.members.find(isShoes)?.distance?.value,
        activities: phase.members.filter(isActivity).map(compileActivity),
        line: lineOf(phase)
    };
}

function compileActivity(a: Activity): CompiledPlan['phases'][number]['activities'][number] {
    const exercise = a.exercise?.ref;
    return {
        exercise: exercise
            ? exerciseRef(exercise, sourceOf(a, exercise))
            : { id: a.exercise?.$refText ?? '', name: { en: a.exercise?.$refText ?? '' }, source: 'unresolved' },
        dose: compileDose(a.dose),
        frequency: a.frequency ? compileFrequency(a) : undefined,
        surface: a.surface,
        progressions: a.progressions.map(p => ({
            target: p.target as never,
            change: p.sign === '-' ? -p.step : p.step,
            unit: p.unit ?? p.target,
            relative: p.unit === '%',
            everyWeeks: p.weeks ?? 1,
            until: p.limit !== undefined ? { value: p.limit, unit: p.limitUnit } : undefined
        })),
        restDaysBetweenSessions: a.rests[0]?.days,
        line: lineOf(a)
    };
}

function compileFrequency(a: Activity): NonNullable<CompiledPlan['phases'][number]['activities'][number]['frequency']> {
    const lower = sessionsPerWeek(a.frequency) ?? 0,
        upper = sessionsPerWeekMax(a.frequency) ?? lower;
    return {
        text: frequencyText(a.frequency) ?? '',
        sessionsPerWeek: round(lower),
        sessionsPerWeekMax: upper !== lower ? round(upper) : undefined
    };
}

function compileDose(d: Dose | undefined): CompiledPlan['phases'][number]['activities'][number]['dose'] {
    if (isSetsReps(d)) {
        return {
            type: 'sets-reps',
            sets: d.sets,
            reps: d.reps,
            repsMax: d.repsTo,
            tempo:
                d.up !== undefined && d.pause !== undefined && d.down !== undefined
                    ? { up: d.up, pause: d.pause, down: d.down }
                    : undefined,
            loadKg: d.load?.unit === 'kg' ? d.load.value : undefined
        };
    }
    if (isSetsHold(d))
        return {
            type: 'sets-hold',
            sets: d.sets,
            holdSeconds: toSeconds(d.hold) ?? 0,
            holdSecondsMax: d.hold?.valueTo !== undefined ? toSecondsMax(d.hold) : undefined
        };
    if (isIntervals(d))
        return { type: 'intervals', repeats: d.repeats, runMinutes: toMinutes(d.run) ?? 0, walkMinutes: toMinutes(d.walk) ?? 0 };
    if (isDuration(d)) {
        if (d.amount?.unit === 'km') return { type: 'duration', km: d.amount.value };
        return {
            type: 'duration',
            minutes: toMinutes(d.amount),
            minutesMax: d.amount?.valueTo !== undefined ? toMinutesMax(d.amount) : undefined
        };
    }
    if (isAtWeeks(d)) return { type: 'at-weeks', weeks: [...d.weeks] };
    return { type: 'none' };
}

function exerciseRef(e: Exercise, source: 'builtin' | 'plan' | 'import') {
    const text = exerciseText(e);
    return {
        id: e.name,
        kind: exerciseKind(e),
        name: { en: text.title ?? e.name, da: text.titleDa },
        cue: text.cue || text.cueDa ? { en: text.cue ?? text.cueDa ?? '', da: text.cueDa } : undefined,
        guideSection: text.guide,
        like: variantBase(e)?.name,
        link: text.link,
        source
    };
}

function sourceOf(a: Activity, e: Exercise): 'builtin' | 'plan' | 'import' {
    const home = AstUtils.getDocument(e).uri.toString();
    if (home.startsWith('rehab-builtin:')) return 'builtin';
    return home === AstUtils.getDocument(a).uri.toString() ? 'plan' : 'import';
}

function compileOverrides(plan: Plan): CompiledPlan['overrides'] {
    const result: CompiledPlan['overrides'] = [];
    const add = (scope: string, members: AstNode[]) => {
        for (const m of members) if (isAllow(m) && m.rule) result.push({ rule: m.rule, reason: m.reason ?? '', scope, line: lineOf(m) });
    };
    add('plan', plan.members);
    for (const phase of plan.members.filter(isPhase)) add(phase.name, phase.members);
    return result;
}

function compileProjectRules(project: ProjectRules | undefined): Pick<CompiledPlan, 'projectRules'> {
    const entries = Object.entries(project?.rules ?? {}).sort(([a], [b]) => a.localeCompare(b));
    if (entries.length === 0) return {};
    return { projectRules: entries.map(([rule, setting]) => ({ rule, setting, file: project?.file ?? 'rehab.config.json' })) };
}

function compileSchedule(schedule: Schedule, start: string | undefined): CompiledPlan['schedule'] {
    return schedule.weeks.map(w => ({
        week: w.week,
        ...(start ? { from: weekStart(start, w.week), to: addDays(weekStart(start, w.week), 6) } : {}),
        phases: w.phases.map(p => p.name),
        activities: w.activities.map(a => ({
            phase: a.phase.name,
            index: a.phase.members.filter(isActivity).indexOf(a.activity),
            exercise: a.activity.exercise?.$refText ?? '',
            kind: a.kind,
            sets: round(a.sets),
            reps: round(a.reps),
            repsMax: upperEnd(a.reps, a.repsMax),
            holdSeconds: round(a.holdSeconds),
            holdSecondsMax: upperEnd(a.holdSeconds, a.holdSecondsMax),
            loadKg: round(a.loadKg),
            minutes: round(a.minutes),
            minutesMax: upperEnd(a.minutes, a.minutesMax),
            runMinutesPerSession: round(a.runMinutesPerSession),
            walkMinutesPerSession: round(a.walkMinutesPerSession),
            sessionsPerWeek: round(a.sessionsPerWeek),
            sessionsPerWeekMax: upperEnd(a.sessionsPerWeek, a.sessionsPerWeekMax),
            runMinutesPerWeek: round(a.runMinutesPerWeek),
            strengthVolume: round(a.strengthVolume)
        })),
        procedures: w.procedures.map(p => ({ exercise: p.activity.exercise?.$refText ?? '', phase: p.activity.$container.name })),
        reviews: w.reviews.map(r => ({ note: r.note })),
        runMinutes: round(w.runMinutes),
        strengthVolume: round(w.strengthVolume)
    }));
}

export function compileDiagnostic(d: Diagnostic): CompiledDiagnostic {
    return {
        rule: String(d.code ?? 'syntax'),
        severity: SEVERITIES[d.severity ?? 1],
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        message: typeof d.message === 'string' ? d.message : d.message.value
    };
}

/** The upper end of a range, only when the dose is one: a plain dose keeps the JSON as it was. */
function upperEnd(lower: number | undefined, upper: number | undefined): number | undefined {
    return upper !== undefined && lower !== undefined && Math.abs(upper - lower) > 1e-12 ? round(upper) : undefined;
}

/** Four decimals keep the JSON stable and readable; the schedule itself keeps full precision. */
function round<T extends number | undefined>(n: T): T {
    return (n === undefined ? undefined : Math.round(n * 10000) / 10000) as T;
}

function lineOf(node: AstNode): number {
    return (node.$cstNode?.range.start.line ?? 0) + 1;
}
