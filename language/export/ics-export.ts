import icalGenerator, { ICalCalendarMethod } from 'ical-generator';
import type { Model, Phase, Plan } from '../generated/ast.js';
import { isStopRule } from '../generated/ast.js';
import { computeSchedule } from '../schedule/schedule.js';
import { exerciseCue, exerciseName, planLanguage, stopConditionWords, surfaceWords, weekDoseWords, words, type Language } from './plan-words.js';
import { planSessions, type PlannedSession } from './session-plan.js';
import { stopConditionText } from './rehab-text.js';

/*
 * The plan as an iCalendar file for the patient's phone: one event per planned session (see
 * session-plan.ts for how frequencies become days), and reviews and procedures as all-day events
 * on the first day of their week. Times are floating (no time zone): 08:00 for the day's only
 * session, spread to 20:00 when there are more. UIDs and DTSTAMP come from the plan and the start
 * date, so the same plan and start always give the same file.
 */

export interface ICalendarOptions {
    /** Week 1, day 1, read by its UTC calendar date (what `parseStartDate` returns). */
    start: Date;
    /** Overrides the plan's `language`. */
    language?: Language;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const SESSION_MINUTES = 30;
const UID_DOMAIN = 'rehab-lang.dev';

const LABELS = {
    en: { training: 'Training', review: 'Review', week: 'Week', session: (k: number, n: number) => `session ${k} of ${n}` },
    da: { training: 'Træning', review: 'Opfølgning', week: 'Uge', session: (k: number, n: number) => `gang ${k} af ${n}` }
};

export function planToICalendar(model: Model, options: ICalendarOptions): string {
    const plan = model?.plan;
    const lang: Language = options?.language ?? planLanguage(plan);
    const startMs = utcMidnight(options?.start);
    const calendar = icalGenerator({
        name: plan?.title ?? plan?.name ?? 'rehab',
        prodId: { company: 'rehab-lang', product: 'rehab', language: lang.toUpperCase() },
        method: ICalCalendarMethod.PUBLISH
    });
    if (!plan || startMs === undefined) return calendar.toString();
    const stamp = new Date(startMs);
    const id = plan.name ?? 'plan';
    const { sessions, events } = planSessions(computeSchedule(plan));

    for (const session of sessions) {
        const minute = sessionMinute(session.slot, session.slots);
        const start = new Date(startMs + dayIndex(session) * DAY_MS + minute * 60_000);
        calendar.createEvent({
            id: `${id}-w${session.week}-d${session.day + 1}-s${session.slot + 1}@${UID_DOMAIN}`,
            start, end: new Date(start.getTime() + SESSION_MINUTES * 60_000), floating: true, stamp,
            summary: sessionSummary(session, lang),
            description: sessionDescription(plan, session, lang),
            categories: [{ name: 'rehab-session' }],
            x: [{ key: 'X-REHAB-ACTIVITIES', value: session.items.map(i => `${i.dose.phase.name}/${i.dose.activity.exercise?.$refText ?? '?'}`).join(' ') }]
        });
    }
    for (const day of events) {
        const date = new Date(startMs + ((day.week - 1) * 7 + day.day) * DAY_MS);
        day.reviews.forEach((review, i) => calendar.createEvent({
            id: `${id}-review-w${day.week}-${i + 1}@${UID_DOMAIN}`,
            start: date, allDay: true, stamp,
            summary: `${LABELS[lang].review} (${LABELS[lang].week.toLowerCase()} ${day.week})`,
            description: review.note,
            categories: [{ name: 'rehab-review' }]
        }));
        day.procedures.forEach((procedure, i) => calendar.createEvent({
            id: `${id}-procedure-w${day.week}-${i + 1}@${UID_DOMAIN}`,
            start: date, allDay: true, stamp,
            summary: exerciseName(procedure.exercise, lang, procedure.activity.exercise?.$refText),
            description: exerciseCue(procedure.exercise, lang),
            categories: [{ name: 'rehab-procedure' }]
        }));
    }
    return calendar.toString();
}

/**
 * A `YYYY-MM-DD` date as UTC midnight; undefined for anything else, including dates that do not
 * exist (2027-02-30) — `Date` would quietly roll those over into March.
 */
export function parseStartDate(text: string): Date | undefined {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typeof text === 'string' ? text : '');
    if (!match) return undefined;
    const [year, month, day] = match.slice(1).map(Number);
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
    return date;
}

function utcMidnight(date: Date | undefined): number | undefined {
    if (!(date instanceof Date) || Number.isNaN(date.getTime())) return undefined;
    return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

function dayIndex(session: PlannedSession): number {
    return (session.week - 1) * 7 + session.day;
}

/** Minutes after midnight: 08:00 for one session, then spread evenly up to 20:00. */
function sessionMinute(slot: number, slots: number): number {
    return 8 * 60 + (slots > 1 ? Math.floor(slot * 12 * 60 / (slots - 1)) : 0);
}

function sessionSummary(session: PlannedSession, lang: Language): string {
    const label = LABELS[lang];
    const phase = session.items[0]?.dose.phase;
    const phaseTitle = phase ? ` – ${phase.title ?? phase.name}` : '';
    const count = session.slots > 1 ? ` (${label.session(session.slot + 1, session.slots)})` : '';
    return `${label.training}${count}${phaseTitle}`;
}

function itemLine(dose: PlannedSession['items'][number]['dose'], lang: Language): string {
    const name = exerciseName(dose.exercise, lang, dose.activity.exercise?.$refText);
    const amount = weekDoseWords(dose, lang);
    const surface = dose.activity.surface ? ` (${surfaceWords(dose.activity.surface, lang)})` : '';
    return `• ${name}${amount ? `: ${amount}` : ''}${surface}`;
}

function sessionDescription(plan: Plan, session: PlannedSession, lang: Language): string {
    const lines = session.items.map(i => itemLine(i.dose, lang));
    const stop = stopLine(plan, session.items[0]?.dose.phase, lang);
    return (stop ? [...lines, '', stop] : lines).join('\n');
}

/** The stop rules that hold in the session's phase, so the patient sees them when training. */
function stopLine(plan: Plan, phase: Phase | undefined, lang: Language): string | undefined {
    const rules = [...plan.members.filter(isStopRule), ...(phase?.members.filter(isStopRule) ?? [])];
    const conditions = [...new Map(rules.flatMap(r => r.conditions).map(c => [stopConditionText(c), c])).values()];
    if (conditions.length === 0) return undefined;
    const w = words(lang);
    return `${w.stopIf} ${conditions.map(c => stopConditionWords(c, lang)).join(` ${w.or} `)}.`;
}
