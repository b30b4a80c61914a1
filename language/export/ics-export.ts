import ICAL from 'ical.js';
import type { Model, Phase, Plan } from '../generated/ast.js';
import { isEntry, isStopRule } from '../generated/ast.js';
import { computeSchedule } from '../schedule/schedule.js';
import { wordsFor, type Language } from '../words/dictionary.js';
import { entryCriterionWords, exerciseName, frequencyWords, planLanguage, stopConditionWords, surfaceWords } from '../words/plan-words.js';
import { stopConditionText } from '../words/rehab-source.js';
import { contactText, isReferralPlan, referralText } from '../plan/plan-queries.js';
import { patientDose } from '../render/patient-doses.js';
import { planSessions, type PlannedSession, type SupportNote } from './session-plan.js';
import { parseIsoDate } from '../plan/dates.js';

/*
 * The plan as an iCalendar file for the patient's phone: one event per planned session (see
 * session-plan.ts for how frequencies become days), and reviews and procedures as all-day events
 * on the first day of their week. Times are floating (no time zone): 08:00 for the day's only
 * session, spread to 17:00 when there are more; ice has its own sessions from 19:00. Supports
 * (heel cup, insoles, taping) are one all-day note over their phase, not sessions. The doses are
 * the schedule's, in the same words as the handout's week table (render/patient-doses.ts): whole
 * seconds, never above what the rules checked. The first session of a phase with entry criteria
 * says when to start it. A referral plan is one event: see that person first. UIDs and DTSTAMP
 * come from the plan and the start date, so the same plan and start always give the same file.
 *
 * ical.js builds and escapes the components; we write the lines ourselves (see `contentLines`)
 * because its folding lets continuation lines reach 76 octets, one more than RFC 5545 allows.
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
/** RFC 5545 §3.1: octets per line, excluding the CRLF; a continuation's leading space counts. */
const FOLD_OCTETS = 75;
const CRLF = '\r\n';

interface EventFields {
    uid: string;
    stamp: ICAL.Time;
    start: ICAL.Time;
    end?: ICAL.Time;
    summary: string;
    description?: string;
    category: string;
    activities?: string;
}

export function planToICalendar(model: Model, options: ICalendarOptions): string {
    const plan = model?.plan;
    const lang: Language = options?.language === 'en' || options?.language === 'da' ? options.language : planLanguage(plan);
    const startMs = utcMidnight(options?.start);
    const calendar = new ICAL.Component('vcalendar');
    const name = plan?.title ?? plan?.name ?? 'rehab';
    calendar.addPropertyWithValue('version', '2.0');
    calendar.addPropertyWithValue('prodid', `-//rehab-lang//rehab//${lang.toUpperCase()}`);
    calendar.addPropertyWithValue('method', 'PUBLISH');
    // RFC 7986 NAME and Apple's X-WR-CALNAME are unknown to ical.js, which writes them verbatim.
    calendar.addPropertyWithValue('name', escapeText(textValue(name)));
    calendar.addPropertyWithValue('x-wr-calname', escapeText(textValue(name)));
    if (!plan || startMs === undefined) return contentLines(calendar);
    const stamp = ICAL.Time.fromJSDate(new Date(startMs), true);
    const id = plan.name ?? 'plan';
    const w = wordsFor(lang);
    const contact = contactText(plan);
    const contactLine = contact ? `${w.handout.contact}: ${contact}` : undefined;
    if (isReferralPlan(plan)) {
        calendar.addSubcomponent(
            vevent({
                uid: `${id}-referral@${UID_DOMAIN}`,
                stamp,
                start: localDate(startMs),
                summary: w.handout.seeBeforeStart(referralText(plan) ?? ''),
                description: [w.handout.referralBody, contactLine].filter(Boolean).join('\n'),
                category: 'rehab-referral'
            })
        );
        return contentLines(calendar);
    }
    const { sessions, events, supports } = planSessions(computeSchedule(plan));
    const gatedPhasesSeen = new Set<Phase>();

    for (const session of sessions) {
        const startAt = startMs + dayIndex(session) * DAY_MS + sessionMinute(session) * 60_000;
        const [start, end] = [localTime(startAt), localTime(startAt + SESSION_MINUTES * 60_000)];
        const phase = session.items[0]?.dose.phase;
        // The first session of a phase with entry criteria says when it may start.
        const entry = phase && !gatedPhasesSeen.has(phase) ? entryLine(phase, lang) : undefined;
        if (phase) gatedPhasesSeen.add(phase);
        calendar.addSubcomponent(
            vevent({
                uid: `${id}-w${session.week}-d${session.day + 1}-${session.evening ? 'e' : 's'}${session.slot + 1}@${UID_DOMAIN}`,
                stamp,
                start,
                end,
                summary: sessionSummary(session, lang),
                description: sessionDescription(plan, session, lang, entry, contactLine),
                category: 'rehab-session',
                activities: session.items.map(i => `${i.dose.phase.name}/${i.dose.activity.exercise?.$refText ?? '?'}`).join(' ')
            })
        );
    }
    for (const note of supports) {
        calendar.addSubcomponent(
            vevent({
                uid: `${id}-supports-${note.phase.name ?? 'phase'}-w${note.from}@${UID_DOMAIN}`,
                stamp,
                start: localDate(startMs + (note.from - 1) * 7 * DAY_MS),
                end: localDate(startMs + note.to * 7 * DAY_MS),
                summary: w.handout.toWear(note.items.map(d => exerciseName(d.exercise, d.activity.exercise?.$refText, lang)).join(', ')),
                description: note.items.map(d => supportLine(d, lang)).join('\n'),
                category: 'rehab-support',
                activities: note.items.map(d => `${d.phase.name}/${d.activity.exercise?.$refText ?? '?'}`).join(' ')
            })
        );
    }
    for (const day of events) {
        const date = localDate(startMs + ((day.week - 1) * 7 + day.day) * DAY_MS);
        day.reviews.forEach((review, i) =>
            calendar.addSubcomponent(
                vevent({
                    uid: `${id}-review-w${day.week}-${i + 1}@${UID_DOMAIN}`,
                    stamp,
                    start: date,
                    summary: w.reviewAt(String(day.week)),
                    description: [review.note, contactLine].filter(Boolean).join('\n'),
                    category: 'rehab-review'
                })
            )
        );
        // A procedure's cue is a note for the clinician (when it is allowed): the patient gets the date and whom to call.
        day.procedures.forEach((procedure, i) =>
            calendar.addSubcomponent(
                vevent({
                    uid: `${id}-procedure-w${day.week}-${i + 1}@${UID_DOMAIN}`,
                    stamp,
                    start: date,
                    summary: exerciseName(procedure.exercise, procedure.activity.exercise?.$refText, lang),
                    description: contactLine,
                    category: 'rehab-procedure'
                })
            )
        );
    }
    return contentLines(calendar);
}

function vevent(fields: EventFields): ICAL.Component {
    const component = new ICAL.Component('vevent');
    const event = new ICAL.Event(component);
    event.uid = textValue(fields.uid);
    component.addPropertyWithValue('sequence', 0);
    component.addPropertyWithValue('dtstamp', fields.stamp);
    event.startDate = fields.start;
    if (fields.end) event.endDate = fields.end;
    if (fields.start.isDate) {
        // Older Outlook versions go by these, not by the DATE value, to show an event as all-day.
        component.addPropertyWithValue('x-microsoft-cdo-alldayevent', 'TRUE');
        component.addPropertyWithValue('x-microsoft-msncalendar-alldayevent', 'TRUE');
    }
    event.summary = textValue(fields.summary);
    if (fields.description) event.description = textValue(fields.description);
    component.addPropertyWithValue('categories', fields.category);
    if (fields.activities !== undefined) component.addPropertyWithValue('x-rehab-activities', escapeText(textValue(fields.activities)));
    return component;
}

/** The wall-clock time of a UTC instant as a floating time: no zone, the same hour on every phone. */
function localTime(ms: number): ICAL.Time {
    const d = new Date(ms);
    return ICAL.Time.fromData({
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
        second: 0
    });
}

function localDate(ms: number): ICAL.Time {
    const d = new Date(ms);
    return ICAL.Time.fromData({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), isDate: true });
}

/**
 * A string as RFC 5545 TEXT allows it: line breaks as LF (ical.js escapes LF but writes a CR as
 * it is, which would end the content line), and no other control characters. Plan strings can hold
 * them: the STRING value converter turns `\r`, `\b` and the like into the characters.
 */
function textValue(text: string): string {
    return String(text).replace(/\r\n?|[\u0000-\u0008\u000b-\u001f\u007f]/g, c => (c[0] === '\r' ? '\n' : ''));
}

/** TEXT escaping (RFC 5545 §3.3.11), for properties ical.js has no value type for. */
function escapeText(text: string): string {
    // ical.js types its design sets' value map loosely; the TEXT type's writer is the one used here.
    const values = ICAL.design.icalendar.value as Record<string, { toICAL: (value: string) => string }>;
    const textType = values.text;
    const toICAL = textType.toICAL;
    return toICAL(String(text));
}

/** The component as RFC 5545 content lines: each folded to 75 octets and ended by CRLF, the last one too. */
function contentLines(component: ICAL.Component): string {
    const lines: string[] = [];
    const design = ICAL.design.icalendar;
    const walk = (jCal: unknown[]) => {
        const [name, properties, components] = jCal as [string, unknown[][], unknown[][]];
        lines.push(`BEGIN:${name.toUpperCase()}`);
        for (const property of properties)
            lines.push(foldLine(ICAL.stringify.property(property as Parameters<typeof ICAL.stringify.property>[0], design, true)));
        for (const child of components) walk(child);
        lines.push(`END:${name.toUpperCase()}`);
    };
    walk(component.toJSON() as unknown[]);
    return lines.join(CRLF) + CRLF;
}

/**
 * Splits a line into chunks of at most 75 UTF-8 octets, counting the leading space of each
 * continuation, and never inside a character (a surrogate pair is one 4-octet character).
 */
function foldLine(line: string): string {
    // Most lines are short: no character takes more than 3 octets per UTF-16 unit.
    if (line.length * 3 <= FOLD_OCTETS) return line;
    let out = '';
    let from = 0;
    let octets = 0;
    for (let i = 0; i < line.length; i++) {
        const unit = line.charCodeAt(i);
        const next = line.charCodeAt(i + 1);
        const surrogatePair = unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
        const size = unit < 0x80 ? 1 : unit < 0x800 ? 2 : surrogatePair ? 4 : 3;
        if (octets + size > FOLD_OCTETS) {
            out += (from === 0 ? '' : `${CRLF} `) + line.slice(from, i);
            from = i;
            octets = 1; // the continuation's leading space
        }
        octets += size;
        if (surrogatePair) i++;
    }
    return out + (from === 0 ? '' : `${CRLF} `) + line.slice(from);
}

/**
 * A `YYYY-MM-DD` date as UTC midnight; undefined for anything else, including dates that do not
 * exist (2027-02-30) — `Date` would quietly roll those over into March.
 */
export function parseStartDate(text: string): Date | undefined {
    return parseIsoDate(text);
}

function utcMidnight(date: Date | undefined): number | undefined {
    if (!(date instanceof Date) || Number.isNaN(date.getTime())) return undefined;
    return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

function dayIndex(session: PlannedSession): number {
    return (session.week - 1) * 7 + session.day;
}

/**
 * Minutes after midnight: 08:00 for the day's one session, spread evenly up to 17:00 when there are more;
 * evening sessions (ice) from 19:00, an hour apart, squeezed into 19:00-22:00 when there are more than four.
 */
export function sessionMinute(session: Pick<PlannedSession, 'slot' | 'slots' | 'evening'>): number {
    const { slot, slots } = session;
    if (session.evening) return 19 * 60 + (slots > 4 ? Math.floor((slot * 180) / (slots - 1)) : slot * 60);
    return 8 * 60 + (slots > 1 ? Math.floor((slot * 9 * 60) / (slots - 1)) : 0);
}

function sessionSummary(session: PlannedSession, lang: Language): string {
    const w = wordsFor(lang);
    const phase = session.items[0]?.dose.phase;
    if (session.evening) {
        // Ice in the evening is named for what it is, not "training".
        return session.items.map(i => exerciseName(i.dose.exercise, i.dose.activity.exercise?.$refText, lang)).join(', ');
    }
    const phaseTitle = phase ? ` – ${phase.title ?? phase.name}` : '';
    const count = session.slots > 1 ? ` (${w.sessionOf(String(session.slot + 1), String(session.slots))})` : '';
    return `${w.training}${count}${phaseTitle}`;
}

/** One activity of a session with that week's dose, in the handout's words (the numbers the rules checked). */
export function itemLine(dose: PlannedSession['items'][number]['dose'], lang: Language): string {
    const name = exerciseName(dose.exercise, dose.activity.exercise?.$refText, lang);
    const amount = patientDose(dose, lang);
    const surface = dose.activity.surface ? ` (${wordsFor(lang).surface} ${surfaceWords(dose.activity.surface, lang)})` : '';
    return `• ${name}${amount ? `: ${amount}` : ''}${surface}`;
}

function supportLine(dose: SupportNote['items'][number], lang: Language): string {
    const name = exerciseName(dose.exercise, dose.activity.exercise?.$refText, lang);
    const often = frequencyWords(dose.activity.frequency, lang);
    return `• ${name}${often ? `: ${often}` : ''}`;
}

function sessionDescription(
    plan: Plan,
    session: PlannedSession,
    lang: Language,
    entry: string | undefined,
    contact: string | undefined
): string {
    const lines = session.items.map(i => itemLine(i.dose, lang));
    const stop = stopLine(plan, session.items[0]?.dose.phase, lang);
    return [
        ...(entry ? [entry, ''] : []),
        ...lines,
        ...(stop || contact ? [''] : []),
        ...(stop ? [stop] : []),
        ...(contact ? [contact] : [])
    ].join('\n');
}

/** `Start only when …`: a phase's entry criteria, for its first session; undefined for a phase without. */
function entryLine(phase: Phase, lang: Language): string | undefined {
    const criteria = phase.members
        .filter(isEntry)
        .flatMap(e => e.criteria.map(c => entryCriterionWords(c, lang)))
        .filter(Boolean);
    if (criteria.length === 0) return undefined;
    const w = wordsFor(lang);
    return `${w.handout.startOnlyWhen} ${criteria.join(w.and)}.`;
}

/** The stop rules that hold in the session's phase, so the patient sees them when training. */
function stopLine(plan: Plan, phase: Phase | undefined, lang: Language): string | undefined {
    const rules = [...plan.members.filter(isStopRule), ...(phase?.members.filter(isStopRule) ?? [])];
    const conditions = [...new Map(rules.flatMap(r => r.conditions).map(c => [stopConditionText(c), c])).values()];
    if (conditions.length === 0) return undefined;
    const w = wordsFor(lang);
    return `${w.stopIf} ${conditions.map(c => stopConditionWords(c, lang)).join(w.or)}.`;
}
