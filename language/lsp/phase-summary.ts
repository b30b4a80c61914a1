import type { Phase, Progression } from '../generated/ast.js';
import { isActivity, isAtWeeks } from '../generated/ast.js';
import type { Language } from '../rules/profile-schema.js';
import { formatNumber } from '../schedule/quantities.js';
import { doseInWeek, phaseEnd, progressionField, type ActivityWeek } from '../schedule/schedule.js';
import { activityKind } from '../plan/plan-queries.js';

// Pure summaries for inlay hints and CodeLens. They read one phase's activities through the same
// dose arithmetic as computeSchedule (doseInWeek), so a hint never disagrees with the rules.

type Field = NonNullable<ReturnType<typeof progressionField>>;

// The editor's language (the `rehab.language` setting), not the plan's: these labels are for the
// clinician at the keyboard, like the diagnostics and hovers beside them.
interface SummaryWords {
    units: Record<Field, string>;
    week: string;
    weeks: string;
    sessionsPerWeek: string;
    running: string;
    reps: string;
    hold: string;
    activities: string;
}

const WORDS: Record<Language, SummaryWords> = {
    en: {
        units: {
            reps: 'reps',
            sets: 'sets',
            holdSeconds: 's hold',
            loadKg: 'kg',
            minutes: 'min/session',
            runMinutesPerSession: 'min/session'
        },
        week: 'week',
        weeks: 'weeks',
        sessionsPerWeek: 'sessions/week',
        running: 'running',
        reps: 'reps',
        hold: 's hold',
        activities: 'activities'
    },
    da: {
        units: {
            reps: 'gentagelser',
            sets: 'sæt',
            holdSeconds: 'sek.',
            loadKg: 'kg',
            minutes: 'min/gang',
            runMinutesPerSession: 'min/gang'
        },
        week: 'uge',
        weeks: 'uge',
        sessionsPerWeek: 'gange/uge',
        running: 'løb',
        reps: 'gentagelser',
        hold: 'sek.',
        activities: 'aktiviteter'
    }
};

/** Danish writes decimals with a comma. */
function number(n: number, language: Language): string {
    const text = formatNumber(n);
    return language === 'da' ? text.replace('.', ',') : text;
}

/** Where a progression ends: "→ wk 26: 34.5 min/session", or undefined when it moves nothing. */
export function progressionEndLabel(progression: Progression, language: Language = 'en'): string | undefined {
    const activity = progression.$container;
    const phase = activity?.$container;
    if (!activity || !phase || phase.from === undefined) return undefined;
    const last = lastWeek(phase);
    const start = doseInWeek(activity, phase, 0);
    const field = progressionField(progression.target, start);
    if (!field || start[field] === undefined) return undefined;
    const end = doseInWeek(activity, phase, last - phase.from)[field];
    const words = WORDS[language];
    return end === undefined ? undefined : `→ ${language === 'da' ? 'uge' : 'wk'} ${last}: ${number(end, language)} ${words.units[field]}`;
}

/** "weeks 13-26 · 3 sessions/week · running 10 → 34.5 min" */
export function phaseSummary(phase: Phase, language: Language = 'en'): string {
    const words = WORDS[language];
    const last = lastWeek(phase);
    const parts = [last !== phase.from ? `${words.weeks} ${phase.from}-${last}` : `${words.week} ${phase.from}`];
    const activities = phase.members.filter(isActivity).filter(a => !isAtWeeks(a.dose) && activityKind(a) !== 'procedure');
    const running = activities.find(a => activityKind(a) === 'running');
    const headline = running ?? activities.find(a => a.progressions.length > 0) ?? activities[0];
    if (!headline) return parts.join(' · ');
    const first = doseInWeek(headline, phase, 0);
    const end = doseInWeek(headline, phase, Math.max(0, last - phase.from));
    parts.push(`${number(first.sessionsPerWeek, language)} ${words.sessionsPerWeek}`);
    if (running && first.runMinutesPerSession !== undefined) {
        parts.push(`${words.running} ${span(first.runMinutesPerSession, end.runMinutesPerSession, language)} min`);
    } else {
        parts.push(`${headline.exercise?.$refText ?? '?'} ${doseText(first, end, language)}`.trim());
    }
    if (activities.length > 1) parts.push(`${activities.length} ${words.activities}`);
    return parts.join(' · ');
}

function doseText(first: ActivityWeek, end: ActivityWeek, language: Language): string {
    const words = WORDS[language];
    if (first.reps !== undefined) return `${first.sets ?? '?'} × ${span(first.reps, end.reps, language)} ${words.reps}`;
    if (first.holdSeconds !== undefined)
        return `${first.sets ?? '?'} × ${span(first.holdSeconds, end.holdSeconds, language)} ${words.hold}`;
    if (first.minutes !== undefined) return `${span(first.minutes, end.minutes, language)} min`;
    return '';
}

function span(from: number, to: number | undefined, language: Language): string {
    return to === undefined || formatNumber(to) === formatNumber(from)
        ? number(from, language)
        : `${number(from, language)} → ${number(to, language)}`;
}

function lastWeek(phase: Phase): number {
    const end = phaseEnd(phase);
    return end !== undefined && end >= phase.from ? end : phase.from;
}
