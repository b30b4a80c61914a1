import { quantityWords } from '../words/plan-words.js';
import { isoDate } from '../plan/dates.js';
import type { DiaryRow } from './diary-csv.js';
import { type FollowContext } from './follow-context.js';
import { followEvent } from './follow-messages.js';
import type { FollowEvent } from './follow-result.js';
import type { StopCheck } from './plan-lines.js';
import { EPSILON, median } from './stats.js';

// The events of one calendar week that come from its days (FU001-FU004) and from the week as a whole
// (FU006, FU007). FU005 belongs to the decision (entry-criteria.ts).

export interface WeekInput {
    week: number;
    from: number;
    to: number;
    days: DiaryRow[];
    /** Stop rules in force: the plan's, and those of the phase the patient is in this week. */
    stops: StopCheck[];
}

export function dayEvents(c: FollowContext, input: WeekInput): FollowEvent[] {
    const events: FollowEvent[] = [];
    const { language, profile, lines, words } = c;
    const rise = strictestRise(c, input.stops);
    const painLimit = minOf(input.stops.flatMap(s => (s.type === 'pain-above' ? [s.limit] : [])));
    const signs = new Set(input.stops.flatMap(s => (s.type === 'swelling' || s.type === 'night-pain' ? [s.type] : [])));
    for (const day of input.days) {
        const date = day.date;
        // FU004: any red flag of the guide's list.
        if (day.flags.length > 0) {
            const flags = day.flags.map(f => profile.redFlags[f]?.[language] ?? f).join(', ');
            events.push(
                followEvent(
                    profile,
                    'FU004',
                    date,
                    language,
                    { flags, contact: lines.contact ? words.contact(lines.contact) : '' },
                    undefined,
                    day.line
                )
            );
        }
        // FU003: the stop rules in force.
        if (rise && day.firstStep !== undefined) {
            const index = c.morningIndex.get(day.day)!;
            const before = c.mornings.slice(Math.max(0, index - c.t.riseWindowMornings), index);
            if (before.length >= c.t.riseMinMornings) {
                const m = median(before.map(x => x.value))!;
                if (day.firstStep - m >= rise.points - EPSILON) {
                    events.push(
                        followEvent(
                            profile,
                            'FU003',
                            date,
                            language,
                            { value: day.firstStep, rise: day.firstStep - m, count: before.length, median: m, points: rise.points },
                            rise.byDefault ? 'rise-default' : undefined,
                            day.line
                        )
                    );
                }
            }
        }
        if (painLimit !== undefined) {
            if (day.firstStep !== undefined && day.firstStep > painLimit + EPSILON) {
                events.push(
                    followEvent(
                        profile,
                        'FU003',
                        date,
                        language,
                        { what: words.firstStepPain, value: day.firstStep, limit: painLimit },
                        'pain-above',
                        day.line
                    )
                );
            }
            if (day.activity !== undefined && day.activity > painLimit + EPSILON) {
                events.push(
                    followEvent(
                        profile,
                        'FU003',
                        date,
                        language,
                        { what: words.activityPain, value: day.activity, limit: painLimit },
                        'pain-above',
                        day.line
                    )
                );
            }
        }
        for (const sign of signs) {
            if (day.flags.includes(sign)) {
                events.push(
                    followEvent(profile, 'FU003', date, language, { sign: profile.redFlags[sign]?.[language] ?? sign }, 'sign', day.line)
                );
            }
        }
        // FU001: above the plan's ceiling during activity.
        if (lines.activityCeiling !== undefined && day.activity !== undefined && day.activity > lines.activityCeiling + EPSILON) {
            events.push(
                followEvent(profile, 'FU001', date, language, { value: day.activity, limit: lines.activityCeiling }, undefined, day.line)
            );
        }
        // FU002: not settled within the plan's window.
        if (lines.settlesWindow && day.settled === false) {
            events.push(
                followEvent(profile, 'FU002', date, language, { window: quantityWords(lines.settlesWindow, language) }, undefined, day.line)
            );
        }
    }
    return events;
}

/** `first-step pain rises N points` of every rule in force: the smallest N; a rule without N uses the profile's default. */
function strictestRise(c: FollowContext, stops: StopCheck[]): { points: number; byDefault: boolean } | undefined {
    let best: { points: number; byDefault: boolean } | undefined;
    for (const s of stops) {
        if (s.type !== 'rise') continue;
        const candidate =
            s.points !== undefined ? { points: s.points, byDefault: false } : { points: c.t.riseDefaultPoints, byDefault: true };
        if (!best || candidate.points < best.points) best = candidate;
    }
    return best;
}

function minOf(values: number[]): number | undefined {
    return values.length ? Math.min(...values) : undefined;
}

/** FU006 at a review week, FU007 when the week has few recorded mornings. Both carry the week's last date. */
export function weekEvents(c: FollowContext, input: WeekInput): FollowEvent[] {
    const events: FollowEvent[] = [];
    const { language, profile, lines, words, t } = c;
    const date = isoDate(input.to);
    const mornings = input.days.filter(d => d.firstStep !== undefined).map(d => d.firstStep!);
    const review = lines.reviews.get(input.week);
    if (mornings.length < t.weekMinMornings) {
        const variant = mornings.length > 0 ? undefined : review ? 'review-none' : 'none';
        events.push(
            followEvent(profile, 'FU007', date, language, { count: mornings.length, min: t.weekMinMornings, week: input.week }, variant)
        );
    }
    if (review && mornings.length > 0 && c.baseline !== undefined) {
        const m = median(mornings)!;
        const improvement = c.baseline > 0 ? ((c.baseline - m) / c.baseline) * 100 : m > 0 ? -100 : 0;
        if (improvement < t.reviewImprovementPercent - EPSILON && !(c.baseline === 0 && m === 0)) {
            const note = review.length ? words.note(review.join(' ')) : '';
            events.push(
                followEvent(
                    profile,
                    'FU006',
                    date,
                    language,
                    {
                        week: input.week,
                        median: m,
                        baseline: c.baseline,
                        change: Math.abs(Math.round(improvement * 10) / 10),
                        percent: t.reviewImprovementPercent,
                        contact: lines.contact ? words.contact(lines.contact) : '',
                        note
                    },
                    improvement < 0 ? 'worse' : undefined
                )
            );
        }
    }
    return events;
}
