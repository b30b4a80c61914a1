import { wordsFor } from '../words/dictionary.js';
import { decisionWord, followProfileFor } from './follow-profile.js';
import type { FollowDose, FollowResult } from './follow-result.js';
import { followWords } from './follow-words.js';

/**
 * The text report: one line per calendar week (dates, phase and plan week, the week's medians, the decision and
 * its rule ids), then the events with their dates and the guide's words, then next week with every dose.
 */
export function formatFollowText(result: FollowResult): string {
    const language = result.language;
    const w = wordsFor(language),
        fw = followWords(language),
        profile = followProfileFor(undefined);
    const num = (n: number | null | undefined) => (n === null || n === undefined ? fw.none : w.num(n));
    const out: string[] = [];
    out.push(`${fw.plan}: ${result.plan.id}${result.plan.title ? ` "${result.plan.title}"` : ''}`);
    out.push(`${fw.start}: ${result.start ?? fw.none}${result.startFrom ? ` (${fw.startFrom[result.startFrom]})` : ''}`);
    out.push(`${fw.baseline}: ${result.baseline === null ? fw.none : `${num(result.baseline)}/10`}`);
    out.push('');
    for (const week of result.weeks) {
        const phase = week.phase ?? fw.afterPlan;
        const rules = [...new Set(week.events.map(e => e.rule))].join(' ');
        out.push(
            [
                `${fw.week.toLowerCase()} ${week.week}`.padEnd(8),
                `${week.from}–${week.to}`,
                `${phase} (${fw.planWeek.toLowerCase()} ${week.planWeek})${week.review ? `, ${fw.review}` : ''}`,
                `${fw.firstStepMedian.toLowerCase()} ${num(week.firstStepMedian)}`,
                `${fw.activityMax.toLowerCase()} ${num(week.activityMax)}`,
                `${fw.mornings.toLowerCase()} ${week.mornings}`,
                decisionWord(profile, week.decision, language).toUpperCase(),
                rules
            ]
                .filter(Boolean)
                .join('  ')
                .trimEnd()
        );
    }
    const events = result.weeks.flatMap(week => week.events);
    out.push('');
    out.push(`${fw.events}:`);
    if (events.length === 0) out.push(`  ${fw.noEvents}`);
    for (const e of events) {
        out.push(
            `  ${e.date}  ${severityWord(e.severity, language)} ${e.rule}  ${e.message}${e.line !== undefined ? ` [${fw.line(String(e.line))}]` : ''}`
        );
        if (e.quote) out.push(`      ${fw.guide}, «${e.section}»: “${e.quote}”`);
    }
    if (result.next) {
        const n = result.next;
        out.push('');
        out.push(
            fw.nextWeekLine(
                String(n.week),
                n.from,
                n.to,
                decisionWord(profile, n.decision, language),
                String(n.planWeek),
                n.phase ?? fw.afterPlan
            )
        );
        if (n.doses.length === 0) out.push(`  ${fw.noDoses}`);
        for (const d of n.doses) out.push(`  ${doseLine(d)}`);
    }
    return out.join('\n') + '\n';
}

export function doseLine(d: FollowDose): string {
    return [d.name, d.dose, d.frequency].filter(Boolean).join(', ');
}

/** The severity as the reader's language says it; the JSON keeps the English key. */
function severityWord(severity: string, language: string): string {
    const words = wordsFor(language === 'da' ? 'da' : 'en').severities as Record<string, string>;
    return words[severity]?.toLowerCase() ?? severity;
}
