import { describe, expect, test } from 'vitest';
import { readDiary } from '../../language/follow/index.js';
import { PLANTAR_FASCIITIS_FOLLOW } from '../../language/follow/follow-profile.js';
import { followDiary } from '../../language/follow/index.js';
import { followPlanText, planOf } from './helpers.js';

const RED_FLAGS = Object.keys(PLANTAR_FASCIITIS_FOLLOW.redFlags);
const read = (text: string, language: 'en' | 'da' = 'en') => readDiary(text, { redFlags: RED_FLAGS, language });
const errors = (text: string) => read(text).issues.filter(i => i.severity === 'error');

describe('reading the diary', () => {
    test('English headers, commas, ISO dates', () => {
        const d = read('date,first-step,activity,settled,walk,run,flags,note\n2027-01-04,3,2,yes,30,,,"a note, with a comma"\n');
        expect(d.issues).toEqual([]);
        expect(d.rows).toEqual([
            {
                line: 2,
                day: expect.any(Number),
                date: '2027-01-04',
                firstStep: 3,
                activity: 2,
                settled: true,
                walk: 30,
                flags: [],
                note: 'a note, with a comma'
            }
        ]);
    });
    test('Danish headers in any order and case, `;`, Danish dates, decimal commas, a BOM and CRLF', () => {
        const d = read(
            '\uFEFFNote;Dato;Første-skridt;Aktivitet;Faldet-til-ro;Gang;Løb;Flag\r\ngod dag;04.01.2027;3,5;2;ja;45;;\r\n;05-01-2027;4;;nej;;12,5;\r\n'
        );
        expect(d.issues).toEqual([]);
        expect(d.delimiter).toBe(';');
        expect(d.rows.map(r => [r.line, r.date, r.firstStep, r.settled, r.walk, r.run, r.note])).toEqual([
            [2, '2027-01-04', 3.5, true, 45, undefined, 'god dag'],
            [3, '2027-01-05', 4, false, undefined, 12.5, undefined]
        ]);
    });
    test('flags: red-flag words separated by spaces', () => {
        const d = read('date,flags\n2027-01-04,night-pain swelling\n');
        expect(d.rows[0].flags).toEqual(['night-pain', 'swelling']);
    });
    test('unknown columns are kept and ignored with one warning', () => {
        const d = read('date,first-step,mood,steps\n2027-01-04,3,good,9000\n');
        expect(d.issues).toEqual([
            { line: 1, severity: 'warning', message: expect.stringMatching(/'mood', 'steps' are kept and ignored/) }
        ]);
        expect(d.rows).toHaveLength(1);
        expect(d.rows[0].other).toEqual({ mood: 'good', steps: '9000' });
    });
    test('rows out of order are sorted, with a warning', () => {
        const d = read('date,first-step\n2027-01-05,3\n2027-01-04,4\n');
        expect(d.rows.map(r => r.line)).toEqual([3, 2]);
        expect(d.issues).toEqual([{ line: 3, severity: 'warning', message: expect.stringContaining('not in date order') }]);
    });
    test("a multi-line quoted note keeps the row's first line", () => {
        const d = read('date,note,first-step\n2027-01-04,"line one\nline two",3\n2027-01-05,,4\n2027-01-06,,x\n');
        expect(d.rows.map(r => r.line)).toEqual([2, 4]);
        expect(errors('date,note,first-step\n2027-01-04,"line one\nline two",3\n2027-01-05,,4\n2027-01-06,,x\n')[0].line).toBe(5);
    });
});

describe('bad input: a clear error naming the row', () => {
    test.each([
        ['an unreadable date', 'date,first-step\n2027-01-04,3\n2027-13-01,3\n', 3, /'2027-13-01' is not a date/],
        ['a Danish date that does not exist', 'dato;første-skridt\n31.02.2027;3\n', 2, /'31.02.2027' is not a date/],
        ['a row without a date', 'date,first-step\n,3\n', 2, /no date/],
        [
            'a date twice',
            'date,first-step\n2027-01-04,3\n2027-01-05,3\n04.01.2027,4\n',
            4,
            /2027-01-04 is in the diary twice \(also on line 2\)/
        ],
        ['pain above 10', 'date,first-step\n2027-01-04,11\n', 2, /first-step 11 is outside the 0-10 scale/],
        ['negative pain', 'date,activity\n2027-01-04,-1\n', 2, /activity -1 is outside the 0-10 scale/],
        ['pain that is not a number', 'date,first-step\n2027-01-04,high\n', 2, /'high' is not a pain score/],
        ['a decimal comma in a comma-separated diary', 'date,first-step\n2027-01-04,"3,5"\n', 2, /write decimals with a point/],
        [
            'an unknown flag word, with a suggestion',
            'date,flags\n2027-01-04,night-pian\n',
            2,
            /'night-pian' is not a red-flag word \(did you mean 'night-pain'\?\)/
        ],
        ['settled that is not yes or no', 'date,settled\n2027-01-04,maybe\n', 2, /'maybe' is not yes or no/],
        ['walk that is not minutes', 'date,walk\n2027-01-04,far\n', 2, /'far' is not a number of minutes/],
        ['more cells than the header', 'date,first-step\n2027-01-04,3,4\n', 2, /3 cells but the header has 2/],
        ['an empty file', '', 1, /The diary is empty/],
        ['a file with only a BOM and blank lines', '\uFEFF\r\n\r\n', 1, /The diary is empty/],
        ['a header without `date`', 'day,first-step\n2027-01-04,3\n', 1, /no `date` column/],
        ['a header with no rows', 'date,first-step\n', 1, /no days/],
        ['a quote that never closes', 'date,note\n2027-01-04,"open\n', 2, /quote is opened and never closed/]
    ])('%s', (_name, text, line, message) => {
        const found = errors(text);
        expect(found.length, JSON.stringify(read(text).issues)).toBeGreaterThan(0);
        expect(found[0].line).toBe(line);
        expect(found[0].message).toMatch(message);
    });
    test('Danish messages', () => {
        expect(read('dato;første-skridt\n04.01.2027;12\n', 'da').issues[0].message).toBe('første-skridt 12 ligger uden for skalaen 0-10.');
    });
    test('a row dated before week 1 is an error naming the row', async () => {
        const plan = await planOf(followPlanText());
        const r = followDiary(plan, 'date,first-step\n2027-01-03,3\n2027-01-04,3\n', { start: Date.UTC(2027, 0, 4) / 86_400_000 });
        expect(r.issues).toEqual([
            { line: 2, severity: 'error', message: expect.stringContaining('2027-01-03 is before week 1, which starts on 2027-01-04') }
        ]);
        expect(r.rows).toBe(1);
    });
    test('a date decades later (a typo) is an error naming the row, not centuries of weeks', async () => {
        const plan = await planOf(followPlanText());
        const r = followDiary(plan, 'date,first-step\n2027-01-04,3\n2207-01-05,3\n');
        expect(r.issues).toEqual([
            { line: 3, severity: 'error', message: '2207-01-05 is more than 20 years after week 1 (2027-01-04): correct the date.' }
        ]);
        expect(r.weeks).toHaveLength(1);
    });
    test("the plan's start is used when no --start is given", async () => {
        const plan = await planOf(followPlanText({ extra: 'start 2027-01-06' }));
        const r = followDiary(plan, 'date,first-step\n2027-01-04,3\n2027-01-06,3\n');
        expect(r.start).toBe('2027-01-06');
        expect(r.startFrom).toBe('plan');
        expect(r.issues.map(i => i.line)).toEqual([2]);
    });
});

describe('a 10-year diary', () => {
    test('3,650 rows are all used, in 522 weeks', async () => {
        const plan = await planOf(followPlanText());
        const lines = ['date;første-skridt;aktivitet;faldet-til-ro;gang'];
        for (let i = 0; i < 3650; i++) {
            const date = new Date(Date.UTC(2027, 0, 4) + i * 86_400_000);
            const fs = Math.max(0, 5 - i / 20 + (i % 5 === 0 ? 0.5 : 0));
            lines.push(
                `${String(date.getUTCDate()).padStart(2, '0')}.${String(date.getUTCMonth() + 1).padStart(2, '0')}.${date.getUTCFullYear()};${String(fs).replace('.', ',')};2;ja;${30 + (i % 20)}`
            );
        }
        const r = followDiary(plan, lines.join('\r\n') + '\r\n');
        expect(r.issues).toEqual([]);
        expect(r.rows).toBe(3650);
        expect(r.weeks).toHaveLength(522);
        expect(r.weeks.reduce((n, w) => n + w.days.length, 0)).toBe(3650);
    });
});
