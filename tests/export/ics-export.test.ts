import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import type { Model } from '../../language/generated/ast.js';
import { parseStartDate, planToICalendar, type ICalendarOptions } from '../../language/export/index.js';
import { computeSchedule } from '../../language/schedule/schedule.js';
import { DICTIONARY } from '../../language/words/dictionary.js';
import { validate } from '../test-services.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleFiles, examplesDir, loadExample } from './load-example.js';
import { parseDose, scheduleNumbers } from '../render/dose-numbers.js';

interface ParsedEvent {
    uid: string;
    week: number;
    day: number;
    kind: string;
    activities: string[];
    summary: string;
    description: string;
}

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
            uid: event.uid,
            week: Math.floor(dayIndex / 7) + 1,
            day: dayIndex % 7,
            kind: String(vevent.getFirstPropertyValue('categories')),
            activities: String(vevent.getFirstPropertyValue('x-rehab-activities') ?? '')
                .split(' ')
                .filter(Boolean),
            summary: event.summary,
            description: event.description ?? ''
        };
    });
}

interface Calendar {
    model: Model;
    text: string;
    events: ParsedEvent[];
}
const calendars = new Map<string, Promise<Calendar>>();

/** Written and parsed once per file and language: several tests read the same calendar. */
function calendarOf(file: string, language?: 'en' | 'da'): Promise<Calendar> {
    const key = `${file}:${language ?? ''}`;
    if (!calendars.has(key)) {
        calendars.set(
            key,
            loadExample(file).then(model => {
                const text = planToICalendar(model, { start: parseStartDate(START)!, language });
                return { model, text, events: parseCalendar(text) };
            })
        );
    }
    return calendars.get(key)!;
}

/**
 * The RFC 5545 §3.1 line rules, checked on the raw text: every line ends in CRLF (the last one
 * too, and no CR or LF elsewhere), none is over 75 octets, and folding never splits a character.
 */
function lineProblems(text: string): string[] {
    const problems: string[] = [];
    if (!text.endsWith('\r\n')) problems.push('no CRLF at the end');
    const lines = text.slice(0, -2).split('\r\n');
    lines.forEach((line, i) => {
        if (/[\r\n]/.test(line)) problems.push(`line ${i + 1}: bare CR or LF`);
        if (Buffer.byteLength(line, 'utf8') > 75) problems.push(`line ${i + 1}: ${Buffer.byteLength(line, 'utf8')} octets`);
        if (/[\ud800-\udbff]$|^ ?[\udc00-\udfff]/.test(line)) problems.push(`line ${i + 1}: split surrogate pair`);
    });
    return problems;
}

/** The calendar of a one-phase plan with one review; `note` is the body of its source string literal. */
async function planWithReview(note: string): Promise<string> {
    const source = `plan p "Heel pain, month 5; again" { phase a weeks 1-2 { do calf-stretch 3 x 30 s hold, daily } review at week 1 "${note}" }`;
    const { document } = await validate(source);
    return planToICalendar(document.parseResult.value, { start: parseStartDate(START)! });
}

describe('iCalendar export of return-to-running', () => {
    test('sessions per week match a hand count of the plan', async () => {
        const { events } = await calendarOf('return-to-running.rehab');
        const perWeek = (week: number) => events.filter(e => e.kind === 'rehab-session' && e.week === week).length;
        // calm: stretch 3×, calf 2× daily → 3 day sessions; ice 2× daily → 2 evening sessions; the heel cup is a note.
        expect(perWeek(1)).toBe(35);
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
            // Supports are worn, not trained: a note over their phase (tested below), never a session.
            for (const dose of week.activities.filter(d => d.kind !== 'support')) {
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
        if (!/^\s*refer\s/m.test(readFileSync(join(examplesDir, file), 'utf8'))) expect(cumulative.size).toBeGreaterThan(0);
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
        const heelRaise = (week: number) =>
            events.find(e => e.week === week && e.activities.includes('strengthen/heel-raise'))!.description;
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

describe('iCalendar export: the file itself', () => {
    test.each(exampleFiles())('%s: CRLF lines of at most 75 octets', async file => {
        const { text, events } = await calendarOf(file);
        expect(events.length).toBeGreaterThan(0);
        expect(lineProblems(text)).toEqual([]);
    });

    test('a long note is folded on character boundaries and unfolds to itself', async () => {
        // Shifting the text by one octet at a time puts a 2-, 3- and 4-octet character on each fold.
        for (const prefix of ['', 'a', 'ab', 'abc']) {
            const note = `${prefix}Smerte ved første skridt ✓ 🦶🦶 `.repeat(12) + 'æ'.repeat(80) + '🦶'.repeat(40);
            const text = await planWithReview(note);
            expect(lineProblems(text), prefix).toEqual([]);
            expect(text.split('\r\n').length).toBeGreaterThan(30);
            expect(parseCalendar(text).find(e => e.kind === 'rehab-review')?.description).toBe(note);
        }
    });

    test('line breaks and control characters in plan strings do not end a content line', async () => {
        const text = await planWithReview('one\\rtwo\\r\\nthree\\bfour\\0five');
        expect(lineProblems(text)).toEqual([]);
        expect(parseCalendar(text).find(e => e.kind === 'rehab-review')?.description).toBe('one\ntwo\nthreefourfive');
    });

    test('the calendar header: version, product, method and the plan title as TEXT', async () => {
        const text = await planWithReview('note');
        const calendar = new ICAL.Component(ICAL.parse(text));
        expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
        expect(calendar.getFirstPropertyValue('prodid')).toBe('-//rehab-lang//rehab//EN');
        expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
        // NAME (RFC 7986) and X-WR-CALNAME are TEXT: comma and semicolon escaped.
        expect(text).toContain('\r\nNAME:Heel pain\\, month 5\\; again\r\n');
        expect(text).toContain('\r\nX-WR-CALNAME:Heel pain\\, month 5\\; again\r\n');
    });

    test('sessions are 30 minutes at floating times from 08:00; reviews are all-day dates', async () => {
        const { text } = await calendarOf('return-to-running.rehab');
        const vevents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
        const event = (uid: string) => new ICAL.Event(vevents.find(v => v.getFirstPropertyValue('uid') === uid));
        const day1 = [1, 2, 3].map(s => event(`return-to-running-w1-d1-s${s}@rehab-lang.dev`));
        expect(day1.map(e => e.startDate.toString())).toEqual(['2027-01-04T08:00:00', '2027-01-04T12:30:00', '2027-01-04T17:00:00']);
        expect(day1.map(e => e.endDate.toString())).toEqual(['2027-01-04T08:30:00', '2027-01-04T13:00:00', '2027-01-04T17:30:00']);
        expect(day1.map(e => e.startDate.zone?.tzid)).toEqual(['floating', 'floating', 'floating']);
        expect(text).toContain('\r\nDTSTART:20270104T080000\r\n');
        const review = event('return-to-running-review-w6-1@rehab-lang.dev');
        expect([review.startDate.isDate, review.startDate.toString()]).toEqual([true, '2027-02-08']);
        expect(vevents.map(v => v.getFirstPropertyValue('dtstamp')?.toString())).toEqual(vevents.map(() => '2027-01-04T00:00:00Z'));
    });
});

describe('iCalendar export: procedures and bad input', () => {
    test('a procedure at given weeks is an all-day event in each', async () => {
        const { events } = await calendarOf('late-injection.rehab');
        expect(events.filter(e => e.kind === 'rehab-procedure').map(e => e.week)).toEqual([8]);
    });

    test("no plan or an invalid start gives an empty calendar, an unknown language the plan's; no exception", async () => {
        const { document } = await validate('plan p { phase a weeks 1-2 { do calf-stretch 3 x 30 s hold, daily } }');
        expect(parseCalendar(planToICalendar(document.parseResult.value, { start: new Date(Number.NaN) }))).toEqual([]);
        expect(parseCalendar(planToICalendar({ $type: 'Model', imports: [] } as unknown as Model, { start: new Date(0) }))).toEqual([]);
        const unknownLanguage = { start: parseStartDate(START)!, language: 'fr' } as unknown as ICalendarOptions;
        expect(parseCalendar(planToICalendar(document.parseResult.value, unknownLanguage)).length).toBe(14);
    });

    test('absurd frequencies are capped, not looped over', async () => {
        const { document } = await validate(
            'plan p { phase a weeks 1-1 { do calf-stretch 3 x 30 s hold, 1000 times daily do ice 10 min, 0 times weekly } }'
        );
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

    test.each([
        '2027-02-30',
        '2027-02-29',
        '2027-13-01',
        '2027-00-10',
        '2027-1-4',
        '27-01-04',
        ' 2027-01-04',
        '2027-01-04T00:00',
        '',
        'soon'
    ])('rejects %j', text => expect(parseStartDate(text)).toBeUndefined());
});

describe('iCalendar export: a calendar a clinic can hand out (issue 14)', () => {
    test.each(exampleFiles())("%s: every number in every session is the schedule's value for that week", async file => {
        for (const language of ['en', 'da'] as const) {
            const { model, events } = await calendarOf(file, language);
            const schedule = computeSchedule(model.plan!);
            let checked = 0;
            for (const event of events.filter(e => e.kind === 'rehab-session')) {
                const week = schedule.weeks[event.week - 1];
                const lines = event.description.split('\n').filter(l => l.startsWith('• '));
                expect(lines).toHaveLength(event.activities.length);
                event.activities.forEach((key, i) => {
                    const dose = week.activities.find(d => `${d.phase.name}/${d.activity.exercise.$refText}` === key)!;
                    const amount = lines[i].replace(/^• [^:]+: /, '').replace(/ \((on|på) [^)]*\)$/, '');
                    if (amount === lines[i]) return; // no amount (a drug taken twice daily)
                    expect(parseDose(amount), `${file} ${language} week ${event.week}: ${lines[i]}`).toEqual(scheduleNumbers(dose));
                    checked++;
                });
            }
            if (events.some(e => e.kind === 'rehab-session')) expect(checked).toBeGreaterThan(0);
        }
    });

    test('the walk-run intervals grow in whole seconds: 1 min, 1 min 6 s, 1 min 12 s …', async () => {
        const { events } = await calendarOf('return-to-running.rehab', 'en');
        const run = (week: number) => events.find(e => e.week === week && e.activities.includes('run/walk-run'))!.description;
        expect(run(13)).toContain('10 × (1 min run + 2 min walk)');
        expect(run(14)).toContain('10 × (1 min 6 s run + 2 min walk)');
        expect(run(15)).toContain('10 × (1 min 12 s run + 2 min walk)');
        expect(run(26)).not.toMatch(/\d\.\d/);
    });

    test.each(exampleFiles())('%s: ice only in the evening, in sessions of its own', async file => {
        const { text, events } = await calendarOf(file);
        const vevents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
        const ice = /\/(ice|bottle-roll)$/;
        for (const v of vevents.filter(v => v.getFirstPropertyValue('categories') === 'rehab-session')) {
            const activities = String(v.getFirstPropertyValue('x-rehab-activities')).split(' ');
            const hour = new ICAL.Event(v).startDate.hour;
            if (activities.some(a => ice.test(a))) {
                expect(activities.every(a => ice.test(a))).toBe(true);
                expect(hour).toBeGreaterThanOrEqual(19);
            } else expect(hour).toBeLessThan(18);
        }
        expect(events.length).toBeGreaterThan(0);
    });

    test('supports are one all-day note over their phase, never a session', async () => {
        const { text, events } = await calendarOf('late-case-injection-shockwave.rehab', 'en');
        expect(events.filter(e => e.kind === 'rehab-session').some(e => e.activities.some(a => /insoles|taping/.test(a)))).toBe(false);
        const vevents = new ICAL.Component(ICAL.parse(text))
            .getAllSubcomponents('vevent')
            .filter(v => v.getFirstPropertyValue('categories') === 'rehab-support');
        const notes = vevents.map(v => {
            const e = new ICAL.Event(v);
            return [e.summary, e.startDate.toString(), e.endDate.toString(), e.startDate.isDate];
        });
        expect(notes).toEqual([
            ['Use: Insoles', '2027-01-04', '2027-03-29', true], // basic, weeks 1-12
            ['Use: Taping', '2027-03-29', '2027-05-24', true] // procedures, weeks 13-20
        ]);
        expect(events.find(e => e.kind === 'rehab-support' && e.summary === 'Use: Taping')!.description).toBe('• Taping: 3 times a week');
    });

    test('the first session of a gated phase says when to start it; the others do not', async () => {
        const { events } = await calendarOf('return-to-running.rehab', 'da');
        const run = events.filter(e => e.kind === 'rehab-session' && e.activities.includes('run/walk-run'));
        expect(run[0].week).toBe(13);
        const da = DICTIONARY.da;
        expect(run[0].description.split('\n')[0]).toBe(
            `${da.handout.startOnlyWhen} ${da.firstStepAtMost('2/10')}${da.and}${da.walkWithout('45 min')}.`
        );
        expect(run.slice(1).every(e => !e.description.includes('Start kun'))).toBe(true);
        expect(events.filter(e => e.description.startsWith('Start kun'))).toHaveLength(1);
    });

    test("reviews and procedures are their own events with the contact, without the clinician's note", async () => {
        const { events } = await calendarOf('nurse-standing.rehab');
        const procedure = events.find(e => e.kind === 'rehab-procedure')!;
        expect([procedure.week, procedure.summary]).toEqual([4, 'Shockwave-terapi (ESWT)']);
        expect(procedure.description).toBe('Kontakt: Fysioterapi Nord, tlf. 12 34 56 78');
        const review = events.find(e => e.kind === 'rehab-review')!;
        expect(review.week).toBe(6);
        expect(review.description).toBe('Ingen mærkbar bedring: henvis til egen læge\nKontakt: Fysioterapi Nord, tlf. 12 34 56 78');
        expect(events.find(e => e.kind === 'rehab-session')!.description).toContain('Kontakt: Fysioterapi Nord');
    });

    test('a referral is one event: see that person before you start', async () => {
        const { events } = await calendarOf('refer-first.rehab');
        expect(events.map(e => [e.kind, e.week, e.day, e.summary])).toEqual([
            ['rehab-referral', 1, 0, 'See this person before you start: Own GP today: reduced sensation and a wound under the heel']
        ]);
    });
});
