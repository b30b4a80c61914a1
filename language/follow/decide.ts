import type { Schedule } from '../schedule/schedule.js';
import type { Decision, FollowRuleId } from './follow-profile.js';
import type { FollowEvent } from './follow-result.js';

/** The decisions from strongest to weakest, with the rules that lead to each (FU005 only when its criteria fail). */
const ORDER: ReadonlyArray<{ decision: Decision; rules: readonly FollowRuleId[] }> = [
    { decision: 'refer', rules: ['FU004', 'FU006'] },
    { decision: 'step-back', rules: ['FU003'] },
    { decision: 'hold', rules: ['FU001', 'FU002'] }
];

/**
 * The strongest decision the week's day and week events call for, before entry criteria are judged: refer, step
 * back or hold with their rule ids; undefined when none applies (the plan would progress).
 */
export function strongestDecision(events: readonly FollowEvent[]): { decision: Decision; reasons: FollowRuleId[] } | undefined {
    for (const { decision, rules } of ORDER) {
        const reasons = rules.filter(r => events.some(e => e.rule === r));
        if (reasons.length > 0) return { decision, reasons };
    }
    return undefined;
}

/**
 * The plan week that the week after follows. Progress moves on one plan week; hold, wait and refer stay; step
 * back goes to the plan week before, unless that week has more running or strength than this one (a plan that
 * tapers): then it stays, so adapting never makes load grow where the plan does not. At week 1 it stays.
 */
export function nextPlanWeek(decision: Decision, planWeek: number, schedule: Schedule): number {
    switch (decision) {
        case 'progress':
            return planWeek + 1;
        case 'step-back': {
            if (planWeek <= 1) return 1;
            const here = loadOf(schedule, planWeek),
                before = loadOf(schedule, planWeek - 1);
            return before.run <= here.run && before.strength <= here.strength ? planWeek - 1 : planWeek;
        }
        default:
            return planWeek;
    }
}

export function loadOf(schedule: Schedule, planWeek: number): { run: number; strength: number } {
    const week = schedule.weeks[planWeek - 1];
    return { run: week?.runMinutes ?? 0, strength: week?.strengthVolume ?? 0 };
}
