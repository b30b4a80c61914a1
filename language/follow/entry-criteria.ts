import { wordsFor } from '../words/dictionary.js';
import { daysBetween, lastMornings, type FollowContext } from './follow-context.js';
import type { EntryCheck } from './plan-lines.js';
import { EPSILON, median } from './stats.js';

/**
 * A gated phase's `entry when` criteria, judged at the end of calendar week `week` (its last day `endDay`), for
 * the phase to start in the week after. Returns the words of each criterion that fails; none means they hold.
 * The diary is read whole: a walk on the week's last day is judged by the next morning, in the next week.
 */
export function failingCriteria(c: FollowContext, criteria: readonly EntryCheck[], week: number, endDay: number): string[] {
    const w = wordsFor(c.language),
        fw = c.words,
        days = c.t.entryWindowDays;
    const window = daysBetween(c, endDay - days + 1, endDay);
    const failures: string[] = [];
    for (const criterion of criteria) {
        switch (criterion.type) {
            case 'first-step': {
                const mornings = lastMornings(c, endDay, c.t.entryWindowMornings);
                const m = median(mornings.map(x => x.value));
                if (m === undefined) failures.push(fw.criterionNoMornings(w.num(criterion.limit)));
                else if (m > criterion.limit + EPSILON)
                    failures.push(fw.criterionFirstStep(w.num(m), w.num(mornings.length), w.num(criterion.limit)));
                break;
            }
            case 'walk': {
                const ok = window.some(d => {
                    if (d.walk === undefined || d.walk < criterion.minutes - EPSILON || d.firstStep === undefined) return false;
                    const next = c.rowsByDay.get(d.day + 1)?.firstStep;
                    return next !== undefined && next <= d.firstStep + EPSILON;
                });
                if (!ok) failures.push(fw.criterionWalk(w.num(criterion.minutes), w.num(days)));
                break;
            }
            case 'activity': {
                const max = Math.max(-1, ...window.map(d => d.activity ?? -1));
                if (max > criterion.limit + EPSILON) failures.push(fw.criterionActivity(w.num(max), w.num(criterion.limit), w.num(days)));
                break;
            }
            case 'week':
                if (week + 1 < criterion.week) failures.push(fw.criterionWeek(w.num(criterion.week), w.num(week + 1)));
                break;
        }
    }
    return failures;
}
