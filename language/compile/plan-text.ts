import type { Frequency, Progression, StopCondition } from '../generated/ast.js';
import { isEveryNDays, isEveryOtherDay, isFirstStepPainRises, isNightPainSign, isPainAbove, isTimesPer } from '../generated/ast.js';

/** The frequency as the plan writes it, normalised ("3 times weekly", "every other day"). */
export function frequencyText(f: Frequency): string {
    if (isTimesPer(f)) return f.word ? `${f.word} ${f.per}` : f.count !== undefined ? `${f.count} times ${f.per}` : f.per;
    if (isEveryOtherDay(f)) return 'every other day';
    if (isEveryNDays(f)) return `every ${f.days} days`;
    return '';
}

export function progressionText(p: Progression): string {
    const unit = p.unit ? (p.unit === '%' ? ' %' : ` ${p.unit}`) : '';
    const every = p.weeks !== undefined ? `every ${p.weeks} weeks` : 'every week';
    const until = p.limit !== undefined ? ` until ${p.limit}${p.limitUnit ? ' ' + p.limitUnit : ''}` : '';
    return `progress ${p.target} ${p.sign}${p.step}${unit} ${every}${until}`;
}

export function stopConditionText(c: StopCondition): string {
    if (isFirstStepPainRises(c)) return c.points !== undefined ? `first-step pain rises ${c.points} points` : 'first-step pain rises';
    if (isPainAbove(c)) return `pain above ${c.limit?.value}/10`;
    if (isNightPainSign(c)) return 'night-pain';
    return 'swelling';
}
