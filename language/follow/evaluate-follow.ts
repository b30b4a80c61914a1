import type { Phase, Plan } from '../generated/ast.js';
import { isCondition } from '../generated/ast.js';
import { computeSchedule, type Schedule } from '../schedule/schedule.js';
import type { Language } from '../words/dictionary.js';
import { humanize } from '../words/plan-words.js';
import { isoDate } from '../plan/dates.js';
import { weekDays, weekOf } from './dates.js';
import { readDiary, type Diary, type DiaryIssue, type DiaryRow } from './diary-csv.js';
import { diaryMessages } from './diary-messages.js';
import { nextPlanWeek, loadOf, strongestDecision } from './decide.js';
import { failingCriteria } from './entry-criteria.js';
import { createContext, type FollowContext } from './follow-context.js';
import { dosesOf } from './follow-doses.js';
import { followEvent } from './follow-messages.js';
import { followProfileFor, type Decision, type FollowProfile, type FollowRuleId } from './follow-profile.js';
import { FOLLOW_SCHEMA_VERSION, type FollowEvent, type FollowResult, type FollowWeek } from './follow-result.js';
import { readPlanLines } from './plan-lines.js';
import { median } from './stats.js';
import { dayEvents, weekEvents } from './week-events.js';

/** Twenty years of weeks: a later date is a typo (2207 for 2027), not a day to follow. */
export const MAX_FOLLOW_WEEKS = 1044;

export interface FollowOptions {
    /** Day number of the first day of week 1 (`--start`); else the plan's `start`, else the diary's first date. */
    start?: number;
    language?: Language;
    profile?: FollowProfile;
}

/**
 * Follows a patient: runs the plan's monitor, stop, entry and review lines on the diary's rows, week by week, and
 * returns each week's events and decision, the adapted schedule (which plan week each calendar week follows) and
 * what next week should be. Pure: reads the plan and the rows, changes neither. Rows dated before week 1 are
 * reported in `issues` and left out; every other row is used in its week.
 */
export function followPlan(plan: Plan, rows: readonly DiaryRow[], options: FollowOptions = {}): FollowResult {
    const language = options.language ?? 'en';
    const lines = readPlanLines(plan);
    const profile = options.profile ?? followProfileFor(lines.condition);
    const schedule = computeSchedule(plan);
    const sorted = [...rows].sort((a, b) => a.day - b.day);
    const startFrom = options.start !== undefined ? 'option' : lines.start !== undefined ? 'plan' : sorted.length ? 'diary' : null;
    const start = options.start ?? lines.start ?? sorted[0]?.day;
    const result: FollowResult = {
        schemaVersion: FOLLOW_SCHEMA_VERSION,
        plan: { id: plan.name ?? '?', ...(plan.title ? { title: plan.title } : {}) },
        language,
        start: start === undefined ? null : isoDate(start),
        startFrom,
        baseline: null,
        ceilings: ceilings(lines.activityCeiling, lines.planStops),
        weeks: [],
        next: null,
        issues: [],
        rows: 0
    };
    if (start === undefined) return result;
    const m = diaryMessages(language);
    const used = sorted.filter(r => {
        if (r.day < start) result.issues.push({ line: r.line, severity: 'error', message: m.beforeStart(r.date, isoDate(start)) });
        else if (weekOf(r.day, start) > MAX_FOLLOW_WEEKS)
            result.issues.push({ line: r.line, severity: 'error', message: m.tooLate(r.date, isoDate(start)) });
        else return true;
        return false;
    });
    result.rows = used.length;
    const c = createContext(profile, language, lines, used);
    result.baseline = c.baseline ?? null;
    const byWeek = groupByWeek(used, start);
    const lastWeek = used.length ? weekOf(used[used.length - 1].day, start) : 0;
    let planWeek = 1;
    let referral: FollowRuleId[] | undefined;
    for (let week = 1; week <= lastWeek; week++) {
        const { from, to } = weekDays(week, start);
        const days = byWeek.get(week) ?? [];
        const phase = phaseAt(schedule, planWeek);
        const stops = [...lines.planStops, ...(phase ? (lines.phaseStops.get(phase) ?? []) : [])];
        const input = { week, from, to, days, stops };
        const events: FollowEvent[] = [...dayEvents(c, input), ...weekEvents(c, input)];
        let decided = strongestDecision(events);
        if (referral) decided = { decision: 'refer', reasons: decided?.decision === 'refer' ? decided.reasons : referral };
        if (!decided) decided = judgeEntry(c, schedule, planWeek, week, to, events);
        if (decided.decision === 'refer' && !referral) referral = decided.reasons;
        events.sort((a, b) => a.date.localeCompare(b.date) || a.rule.localeCompare(b.rule));
        result.weeks.push(weekRecord(c, schedule, { week, from, to, planWeek, phase, days, events, ...decided }));
        planWeek = nextPlanWeek(decided.decision, planWeek, schedule);
    }
    if (lastWeek > 0) {
        const { from, to } = weekDays(lastWeek + 1, start);
        const last = result.weeks[result.weeks.length - 1];
        result.next = {
            week: lastWeek + 1,
            from: isoDate(from),
            to: isoDate(to),
            planWeek,
            phase: phaseName(phaseAt(schedule, planWeek)),
            decision: last.decision,
            doses: dosesOf(schedule, planWeek, language)
        };
    }
    result.issues.sort((a, b) => a.line - b.line);
    return result;
}

/** Reads the diary's CSV and follows the plan on it; the reader's issues and the follow-up's come together. */
export function followDiary(plan: Plan, csv: string, options: FollowOptions = {}): FollowResult & { diary: Diary } {
    const profile = options.profile ?? followProfileFor(plan.members.find(isCondition)?.name);
    const diary = readDiary(csv, { language: options.language, redFlags: Object.keys(profile.redFlags) });
    const result = followPlan(plan, diary.rows, { ...options, profile });
    const issues: DiaryIssue[] = [...diary.issues, ...result.issues].sort((a, b) => a.line - b.line);
    return { ...result, issues, diary };
}

/** True when the diary and the follow-up have no errors: what the CLI needs before it writes anything. */
export function hasDiaryErrors(result: Pick<FollowResult, 'issues'>): boolean {
    return result.issues.some(i => i.severity === 'error');
}

/**
 * No refer, step back or hold: the plan would progress. If the next plan week starts a phase with `entry when`,
 * its criteria are judged now (FU005): they hold and the phase starts, or the week waits.
 */
function judgeEntry(
    c: FollowContext,
    schedule: Schedule,
    planWeek: number,
    week: number,
    endDay: number,
    events: FollowEvent[]
): { decision: Decision; reasons: FollowRuleId[] } {
    const gated = gatedPhaseStarting(c, schedule, planWeek + 1);
    if (!gated) return { decision: 'progress', reasons: [] };
    const failures = failingCriteria(c, gated.criteria, week, endDay);
    const phase = gated.phase.title ?? humanize(gated.phase.name ?? '?');
    const event =
        failures.length === 0
            ? followEvent(c.profile, 'FU005', isoDate(endDay), c.language, { phase }, 'holds')
            : followEvent(c.profile, 'FU005', isoDate(endDay), c.language, { phase, criteria: failures.join(c.words.and) });
    events.push(event);
    return failures.length === 0 ? { decision: 'progress', reasons: ['FU005'] } : { decision: 'wait', reasons: ['FU005'] };
}

function gatedPhaseStarting(
    c: FollowContext,
    schedule: Schedule,
    planWeek: number
): { phase: Phase; criteria: NonNullable<ReturnType<typeof c.lines.entries.get>> } | undefined {
    if (planWeek < 2) return undefined;
    for (const phase of schedule.weeks[planWeek - 1]?.phases ?? []) {
        const criteria = c.lines.entries.get(phase);
        if (criteria && Math.max(1, Math.floor(phase.from ?? 1)) === planWeek) return { phase, criteria };
    }
    return undefined;
}

function phaseAt(schedule: Schedule, planWeek: number): Phase | undefined {
    return schedule.weeks[planWeek - 1]?.phases[0];
}

function phaseName(phase: Phase | undefined): string | null {
    return phase?.name ?? null;
}

interface WeekParts {
    week: number;
    from: number;
    to: number;
    planWeek: number;
    phase: Phase | undefined;
    days: DiaryRow[];
    events: FollowEvent[];
    decision: Decision;
    reasons: FollowRuleId[];
}

function weekRecord(c: FollowContext, schedule: Schedule, p: WeekParts): FollowWeek {
    const firstSteps = p.days.flatMap(d => (d.firstStep === undefined ? [] : [d.firstStep]));
    const activities = p.days.flatMap(d => (d.activity === undefined ? [] : [d.activity]));
    const planned = loadOf(schedule, p.week),
        adapted = loadOf(schedule, p.planWeek);
    return {
        week: p.week,
        from: isoDate(p.from),
        to: isoDate(p.to),
        planWeek: p.planWeek,
        phase: phaseName(p.phase),
        decision: p.decision,
        reasons: p.reasons,
        review: c.lines.reviews.has(p.week),
        mornings: firstSteps.length,
        firstStepMedian: median(firstSteps) ?? null,
        activityMax: activities.length ? Math.max(...activities) : null,
        days: p.days.map(dayRecord),
        events: p.events,
        doses: dosesOf(schedule, p.planWeek, c.language),
        runMinutes: { planned: planned.run, adapted: adapted.run },
        strengthVolume: { planned: planned.strength, adapted: adapted.strength }
    };
}

function dayRecord(row: DiaryRow): FollowWeek['days'][number] {
    const day: FollowWeek['days'][number] = { date: row.date, line: row.line };
    if (row.firstStep !== undefined) day.firstStep = row.firstStep;
    if (row.activity !== undefined) day.activity = row.activity;
    if (row.settled !== undefined) day.settled = row.settled;
    if (row.walk !== undefined) day.walk = row.walk;
    if (row.run !== undefined) day.run = row.run;
    if (row.flags.length > 0) day.flags = row.flags;
    if (row.note !== undefined) day.note = row.note;
    if (row.other) day.other = { ...row.other };
    return day;
}

function groupByWeek(rows: readonly DiaryRow[], start: number): Map<number, DiaryRow[]> {
    const byWeek = new Map<number, DiaryRow[]>();
    for (const row of rows) {
        const week = weekOf(row.day, start);
        const list = byWeek.get(week);
        if (list) list.push(row);
        else byWeek.set(week, [row]);
    }
    return byWeek;
}

function ceilings(activity: number | undefined, stops: ReturnType<typeof readPlanLines>['planStops']): FollowResult['ceilings'] {
    const limits = stops.flatMap(s => (s.type === 'pain-above' ? [s.limit] : []));
    return { ...(activity !== undefined ? { activity } : {}), ...(limits.length ? { stop: Math.min(...limits) } : {}) };
}
