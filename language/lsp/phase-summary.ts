import type { Phase, Progression } from '../generated/ast.js';
import { isActivity, isAtWeeks } from '../generated/ast.js';
import { formatNumber } from '../schedule/quantities.js';
import { doseInWeek, phaseEnd, progressionField, type ActivityWeek } from '../schedule/schedule.js';

// Pure summaries for inlay hints and CodeLens. They read one phase's activities through the same
// dose arithmetic as computeSchedule (doseInWeek), so a hint never disagrees with the rules.

type Field = NonNullable<ReturnType<typeof progressionField>>;

const FIELD_UNITS: Record<Field, string> = {
    reps: 'reps', sets: 'sets', holdSeconds: 's hold', loadKg: 'kg', minutes: 'min/session', runMinutesPerSession: 'min/session'
};

/** Where a progression ends: "→ wk 26: 34.5 min/session", or undefined when it moves nothing. */
export function progressionEndLabel(progression: Progression): string | undefined {
    const activity = progression.$container;
    const phase = activity?.$container;
    if (!activity || !phase || phase.from === undefined) return undefined;
    const last = lastWeek(phase);
    const start = doseInWeek(activity, phase, 0);
    const field = progressionField(progression.target, start);
    if (!field || start[field] === undefined) return undefined;
    const end = doseInWeek(activity, phase, last - phase.from)[field];
    return end === undefined ? undefined : `→ wk ${last}: ${formatNumber(end)} ${FIELD_UNITS[field]}`;
}

/** "weeks 13-26 · 3 sessions/week · running 10 → 34.5 min" */
export function phaseSummary(phase: Phase): string {
    const last = lastWeek(phase);
    const parts = [last !== phase.from ? `weeks ${phase.from}-${last}` : `week ${phase.from}`];
    const activities = phase.members.filter(isActivity).filter(a => !isAtWeeks(a.dose) && a.exercise?.ref?.kind !== 'procedure');
    const running = activities.find(a => a.exercise?.ref?.kind === 'running');
    const headline = running ?? activities.find(a => a.progressions.length > 0) ?? activities[0];
    if (!headline) return parts.join(' · ');
    const first = doseInWeek(headline, phase, 0);
    const end = doseInWeek(headline, phase, Math.max(0, last - phase.from));
    parts.push(`${formatNumber(first.sessionsPerWeek)} sessions/week`);
    if (running && first.runMinutesPerSession !== undefined) {
        parts.push(`running ${span(first.runMinutesPerSession, end.runMinutesPerSession)} min`);
    } else {
        parts.push(`${headline.exercise?.$refText ?? '?'} ${doseText(first, end)}`.trim());
    }
    if (activities.length > 1) parts.push(`${activities.length} activities`);
    return parts.join(' · ');
}

function doseText(first: ActivityWeek, end: ActivityWeek): string {
    if (first.reps !== undefined) return `${first.sets ?? '?'} × ${span(first.reps, end.reps)} reps`;
    if (first.holdSeconds !== undefined) return `${first.sets ?? '?'} × ${span(first.holdSeconds, end.holdSeconds)} s hold`;
    if (first.minutes !== undefined) return `${span(first.minutes, end.minutes)} min`;
    return '';
}

function span(from: number, to: number | undefined): string {
    return to === undefined || formatNumber(to) === formatNumber(from) ? formatNumber(from) : `${formatNumber(from)} → ${formatNumber(to)}`;
}

function lastWeek(phase: Phase): number {
    const end = phaseEnd(phase);
    return end !== undefined && end >= phase.from ? end : phase.from;
}

