import type { Activity, Dose, EntryCriterion, Frequency, LoadRule, Pain, Progression, Quantity, StopCondition } from '../generated/ast.js';
import {
    isActivityPainCriterion,
    isAtWeeks,
    isDuration,
    isEveryNDays,
    isEveryOtherDay,
    isFirstStepPainCriterion,
    isFirstStepPainRises,
    isIntervals,
    isNightPainSign,
    isPainAbove,
    isSetsHold,
    isSetsReps,
    isSwellingSign,
    isTimesPer,
    isWalkCriterion,
    isWeekCriterion
} from '../generated/ast.js';

/*
 * The canonical source form of plan fragments ("machine form"): what the exports put next to
 * human text, and the compiled JSON carries, so that another tool can read the rule back with the
 * rehab parser. Written from the AST rather than copied from the CST so that comments and odd
 * spacing never leak out. Never translated: it is the language itself, not wording (plan-words.ts).
 */

export function quantityText(q: Quantity | undefined): string {
    return q ? `${num(q.value)}${q.valueTo !== undefined ? `-${num(q.valueTo)}` : ''} ${q.unit}` : '?';
}

export function painText(p: Pain | undefined): string {
    return p ? `${num(p.value)}/${num(p.scale)}` : '?/10';
}

export function criterionText(c: EntryCriterion): string {
    if (isFirstStepPainCriterion(c)) return `first-step pain at most ${painText(c.limit)}`;
    if (isWalkCriterion(c)) return `walk ${quantityText(c.duration)} without worsening`;
    if (isActivityPainCriterion(c)) return `pain during activity at most ${painText(c.limit)}`;
    if (isWeekCriterion(c)) return `week ${num(c.week)}`;
    return '?';
}

export function stopConditionText(c: StopCondition): string {
    if (isFirstStepPainRises(c)) return c.points !== undefined ? `first-step pain rises ${num(c.points)} points` : 'first-step pain rises';
    if (isPainAbove(c)) return `pain above ${painText(c.limit)}`;
    if (isSwellingSign(c)) return 'swelling';
    if (isNightPainSign(c)) return 'night-pain';
    return '?';
}

export function loadRuleText(rule: LoadRule): string {
    switch (rule.$type) {
        case 'ActivityPainLimit':
            return `pain during activity at most ${painText(rule.limit)}`;
        case 'PainSettles':
            return `pain settles within ${quantityText(rule.window)}`;
        case 'FirstStepPainLog':
            return 'first-step pain daily';
        default:
            return '?';
    }
}

export function frequencyText(f: Frequency | undefined): string | undefined {
    if (!f) return undefined;
    if (isTimesPer(f)) {
        if (f.count !== undefined) return `${num(f.count)}${f.countTo !== undefined ? `-${num(f.countTo)}` : ''} times ${f.per}`;
        return f.word ? `${f.word} ${f.per}` : f.per;
    }
    if (isEveryOtherDay(f)) return 'every other day';
    if (isEveryNDays(f)) return `every ${num(f.days)} days`;
    return undefined;
}

export function doseText(d: Dose | undefined): string | undefined {
    if (!d) return undefined;
    if (isSetsReps(d)) {
        let text = `${num(d.sets)} x ${num(d.reps)}${d.repsTo !== undefined ? `-${num(d.repsTo)}` : ''} reps`;
        if (d.up !== undefined) text += ` tempo ${num(d.up)}-${num(d.pause ?? 0)}-${num(d.down ?? 0)}`;
        if (d.load) text += ` load ${quantityText(d.load)}`;
        return text;
    }
    if (isSetsHold(d)) return `${num(d.sets)} x ${quantityText(d.hold)} hold`;
    if (isIntervals(d)) return `${num(d.repeats)} x (${quantityText(d.run)} run + ${quantityText(d.walk)} walk)`;
    if (isDuration(d)) return quantityText(d.amount);
    if (isAtWeeks(d)) return `at week ${d.weeks.map(num).join(', ')}`;
    return undefined;
}

export function progressionText(p: Progression): string {
    const every = p.weeks !== undefined ? `every ${num(p.weeks)} weeks` : 'every week';
    const step = `${p.sign ?? '+'}${num(p.step)}${p.unit ? ` ${p.unit}` : ''}`;
    const until = p.limit !== undefined ? ` until ${num(p.limit)}${p.limitUnit ? ` ${p.limitUnit}` : ''}` : '';
    return `progress ${p.target ?? '?'} ${step} ${every}${until}`;
}

/** `do EXERCISE DOSE, FREQUENCY on SURFACE` on one line, without its block. */
export function activityText(a: Activity): string {
    const parts = [`do ${a.exercise?.$refText ?? a.exercise?.ref?.name ?? '?'}`];
    const dose = doseText(a.dose);
    if (dose) parts.push(` ${dose}`);
    const freq = frequencyText(a.frequency);
    if (freq) parts.push(dose ? `, ${freq}` : ` ${freq}`);
    if (a.surface) parts.push(` on ${a.surface}`);
    return parts.join('');
}

/** Numbers as the source would write them; a missing number (broken input) shows as `?`. */
export function num(n: number | undefined): string {
    if (n === undefined || n === null || !Number.isFinite(n)) return '?';
    return String(n);
}
