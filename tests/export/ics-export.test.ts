import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import type { Model } from '../../language/generated/ast.js';
import { parseStartDate, planToICalendar } from '../../language/export/index.js';
import { computeSchedule } from '../../language/schedule/schedule.js';
import { validate } from '../test-services.js';
import { exampleFiles, loadExample } from './load-example.js';

interface ParsedEvent { uid: string; week: number; day: number; kind: string; activities: string[]; summary: string; description: string }

const START = '2027-01-04';

/** Parses with ical.js (a real iCalendar parser, not ours) and places each event in its plan week. */
function parseCalendar(text: string): ParsedEvent[] {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const start = parseStartDate(START)!.getTime();
    return calendar.getAllSubcomponents('vevent').map(vevent => {
        const event = new ICAL.Event(vevent);
        const d = event.startDate;
        const dayIndex = Math.round((Date.UTC(d.year, d.month - 1, d.day) - start) / 86_400_000);
        return {
            uid: event.uid, week: Math.floor(dayIndex / 7) + 1, day: dayIndex % 7,
            kind: String(vevent.getFirstPropertyValue('categories')),
            activities: String(vevent.getFirstPropertyValue('x-rehab-activities') ?? '').split(' ').filter(Boolean),
            summary: event.summary, description: event.description ?? ''
        };
    });
}

const calendars = new Map<string, Promise<{ model: Model; events: ParsedEvent[] }>>();

/** Written and parsed once per file and language: several tests read the same calendar. */
function calendarOf(file: string, language?: 'en' | 'da'): Promise<{ model: Model; events: ParsedEvent[] }> {
    const key = `${file}:${language ?? ''}`;
    if (!calendars.has(key)) {
        calendars.set(key, loadExample(file).then(model => ({ model, events: parseCalendar(planToICalendar(model, { start: parseStartDate(START)!, language })) })));
    }
    return calendars.get(key)!;
}

describe('iCalendar export of return-to-running', () => {
    test('sessions per week match a hand count of the plan', async () => {
        const { events } = await calendarOf('return-to-running.rehab');
        const perWeek = (week: number) => events.filter(e => e.kind === 'rehab-session' && e.week === week).length;
        // calm: ice 2×, stretch 3×, calf 2× daily → 3 sessions a day.
        expect(perWeek(1)).toBe(21);
        // strengthen: single-leg balance daily → one session a day holding the rest.
        expect(perWeek(2)).toBe(7);
        // run: walk-run 3 times weekly.
        expect(perWeek(13)).toBe(3);
        // maintain: calf-stretch twice weekly (days 1, 4) and heel-raise once (day 1).
        expect(perWeek(27)).toBe(2);
        expect(perWeek(53)).toBe(0);
    });

    test.each(exampleFiles())('%s: each activity appears as often as the schedule says, week by week', async file => {
        const { model, events } = await calendarOf(file);
        const sessions = events.filter(e => e.kind === 'rehab-session');
        const schedule = computeSchedule(model.plan!);
        const cumulative = new Map<string, { planned: number; found: number }>();
        for (const week of schedule.weeks) {
            for (const dose of week.activities) {
                const key = `${dose.phase.name}/${dose.activity.exercise.$refText}`;
                const found = sessions.filter(e => e.week === week.week && e.activities.includes(key)).length;
                const total = cumulative.get(key) ?? { planned: 0, found: 0 };
                total.planned += dose.sessionsPerWeek;
                total.found += found;
                cumulative.set(key, total);
                // `every other day` is 3.5 a week in the schedule: 4 and 3 in alternate calendar weeks;
                // `every 3 days` is 2.33: 3, 2, 2.
                expect([Math.floor(dose.sessionsPerWeek), Math.ceil(dose.sessionsPerWeek)], `${key} week ${week.week}`).toContain(found);
                expect(Math.abs(total.found - total.planned), `${key} up to week ${week.week}`).toBeLessThan(1);
            }
        }
        expect(cumulative.size).toBeGreaterThan(0);
    });

    test('every other day alternates across week boundaries', async () => {
        const { events } = await calendarOf('return-to-running.rehab');
        const days = events.filter(e => e.activities.includes('strengthen/heel-raise')).map(e => (e.week - 1) * 7 + e.day);
        expect(days.slice(0, 5)).toEqual([7, 9, 11, 13, 15]);
    });

    test('the review is its own all-day event in week 6, in the plan language', async () => {
        const { events } = await calendarOf('return-to-running.rehab');
        const reviews = events.filter(e => e.kind === 'rehab-review');
        expect(reviews.map(r => [r.week, r.day])).toEqual([[6, 0]]);
        const da = events.find(e => e.kind === 'rehab-session')!;
        const { events: en } = await calendarOf('return-to-running.rehab', 'en');
        expect(da.description).toContain('Plantarfascia-stræk');
        expect(en.find(e => e.kind === 'rehab-session')!.description).toContain('Plantar fascia stretch');
    });

    test('doses follow the progression of that week', async () => {
        const { events } = await calendarOf('return-to-running.rehab', 'en');
        const heelRaise = (week: number) => events.find(e => e.week === week && e.activities.includes('strengthen/heel-raise'))!.description;
        expect(heelRaise(2)).toMatch(/Heel raise: 3 × 8 reps/);
        expect(heelRaise(4)).toMatch(/Heel raise: 3 × 10 reps/);
        expect(heelRaise(12)).toMatch(/Heel raise: 3 × 12 reps/);
    });

    test('UIDs are unique and the output is the same every time', async () => {
        const model = await loadExample('return-to-running.rehab');
        const a = planToICalendar(model, { start: parseStartDate(START)! });
        const uids = parseCalendar(a).map(e => e.uid);
        expect(new Set(uids).size).toBe(uids.length);
        expect(planToICalendar(model, { start: parseStartDate(START)! })).toBe(a);
    });
});

describe('iCalendar export: procedures and bad input', () => {
    test('a procedure at given weeks is an all-day event in each', async () => {
        const { events } = await calendarOf('late-injection.rehab');
        expect(events.filter(e => e.kind === 'rehab-procedure').map(e => e.week)).toEqual([8]);
    });

    test('no plan or an invalid start gives an empty calendar, not an exception', async () => {
        const { document } = await validate('plan p { phase a weeks 1-2 { do calf-stretch 3 x 30 s hold, daily } }');
        expect(parseCalendar(planToICalendar(document.parseResult.value, { start: new Date(Number.NaN) }))).toEqual([]);
        expect(parseCalendar(planToICalendar({ $type: 'Model', imports: [] } as unknown as Model, { start: new Date(0) }))).toEqual([]);
    });

    test('absurd frequencies are capped, not looped over', async () => {
        const { document } = await validate('plan p { phase a weeks 1-1 { do calf-stretch 3 x 30 s hold, 1000 times daily do ice 10 min, 0 times weekly } }');
        const events = parseCalendar(planToICalendar(document.parseResult.value, { start: parseStartDate(START)! }));
        expect(events.length).toBe(7 * 24);
    });
});

describe('parseStartDate', () => {
    test.each([
        ['2027-01-04', Date.UTC(2027, 0, 4)],
        ['2028-02-29', Date.UTC(2028, 1, 29)]
    ])('%s', (text, ms) => expect(parseStartDate(text)?.getTime()).toBe(ms));

    test('a two-digit year is not moved to the 1900s', () => expect(parseStartDate('0099-01-01')?.getUTCFullYear()).toBe(99));

    test.each(['2027-02-30', '2027-02-29', '2027-13-01', '2027-00-10', '2027-1-4', '27-01-04', ' 2027-01-04', '2027-01-04T00:00', '', 'soon'])(
        'rejects %j', text => expect(parseStartDate(text)).toBeUndefined());
});
