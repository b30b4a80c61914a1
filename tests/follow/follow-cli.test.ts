import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { rehab, tempDir } from '../cli-harness.js';

const RUNNING = [path.resolve('examples/return-to-running.rehab'), path.resolve('examples/return-to-running.diary.csv')];
const WALKER = [path.resolve('examples/walker-62.rehab'), path.resolve('examples/walker-62.diary.csv')];

describe('rehab follow', () => {
    test("text: a line per week, the events with the guide's words, and next week's doses; exit 0 on progress", () => {
        const r = rehab(['follow', ...WALKER]);
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(/^week 5 .*2027-03-29–2027-04-04 .*STEP BACK\s+FU003$/m);
        expect(r.stdout).toMatch(/^ {2}2027-04-01 {2}error FU003 .*\[line 32\]$/m);
        expect(r.stdout).toContain('“Stop eller skru ned hvis førsteskridt næste morgen bliver skarpere”');
        expect(r.stdout).toMatch(/^next week \(week 11, 2027-05-10 – 2027-05-16\): progress, following plan week 8 \(strengthen\)$/m);
        expect(r.stdout).toMatch(/^ {2}Heel raise, 3 × 12 reps/m);
    });
    test('--lang da', () => {
        const r = rehab(['follow', ...WALKER, '--lang', 'da']);
        expect(r.stdout).toContain('SKRU NED');
        expect(r.stdout).toContain('Planen stopper ved en stigning på 2 point: skru ned i næste uge.');
    });
    test('exit 1 when the latest week steps back or refers', () => {
        const dir = tempDir();
        const diary = readFileSync(WALKER[1], 'utf8').trimEnd() + '\r\n10.05.2027;3;2;ja;;;\r\n11.05.2027;5;2;ja;;fever;\r\n';
        writeFileSync(path.join(dir, 'd.csv'), diary);
        const r = rehab(['follow', WALKER[0], path.join(dir, 'd.csv'), '--format', 'json']);
        expect(r.code).toBe(1);
        const json = JSON.parse(r.stdout);
        expect(json.weeks.at(-1).decision).toBe('refer');
        expect(json.next.decision).toBe('refer');
    });
    test("exit 2 and the row's line for a bad diary; nothing written", () => {
        const dir = tempDir();
        writeFileSync(path.join(dir, 'd.csv'), 'date,first-step\n2027-01-04,3\n2027-01-05,12\n2027-01-05,3\n');
        const out = path.join(dir, 'out.json');
        const r = rehab(['follow', RUNNING[0], 'd.csv', '--format', 'json', '-o', out], dir);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('d.csv:3: error: first-step 12 is outside the 0-10 scale.');
        expect(r.stderr).toContain('nothing was written');
        expect(existsSync(out)).toBe(false);
        expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    });
    test('exit 2: a plan with errors, a missing diary, a bad --start, a wrong format, one path only', () => {
        const dir = tempDir();
        writeFileSync(path.join(dir, 'bad.rehab'), 'plan p {\n    phase a weeks 1-4 { }\n    phase b weeks 3-6 { }\n}\n');
        writeFileSync(path.join(dir, 'd.csv'), 'date,first-step\n2027-01-04,3\n');
        expect(rehab(['follow', 'bad.rehab', 'd.csv'], dir).code).toBe(2);
        expect(rehab(['follow', RUNNING[0], 'missing.csv'], dir)).toMatchObject({
            code: 2,
            stderr: expect.stringContaining('missing.csv: cannot read: no such file')
        });
        expect(rehab(['follow', ...RUNNING, '--start', '2027-02-30']).stderr).toContain("--start '2027-02-30' is not a date");
        expect(rehab(['follow', ...RUNNING, '--format', 'fhir']).code).toBe(2);
        expect(rehab(['follow', RUNNING[0]]).code).toBe(2);
        expect(rehab(['follow', ...RUNNING, '--rule', 'PF001']).code).toBe(2);
    });
    test('--start moves week 1; a row before it is an error', () => {
        const r = rehab(['follow', ...RUNNING, '--start', '2027-01-05']);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/return-to-running\.diary\.csv:2: error: 2027-01-04 is before week 1/);
    });
    test('JSON and HTML written atomically with -o; never over the diary', () => {
        const dir = tempDir();
        const json = path.join(dir, 'f.json'),
            page = path.join(dir, 'f.html');
        expect(rehab(['follow', ...RUNNING, '--format', 'json', '-o', json]).code).toBe(0);
        expect(JSON.parse(readFileSync(json, 'utf8')).schemaVersion).toBe('1');
        expect(rehab(['follow', ...RUNNING, '--format', 'html', '-o', page]).code).toBe(0);
        const $ = load(readFileSync(page, 'utf8'));
        expect($('meta[http-equiv="Content-Security-Policy"]').attr('content')).toMatch(/^default-src 'none'/);
        expect($('script')).toHaveLength(0);
        expect($('svg.pain-chart [data-decision]').length).toBe(15);
        expect($('svg.follow-runMinutes .bar-adapted').length).toBeGreaterThan(0);
        expect($('html').attr('lang')).toBe('da');
        const diaryCopy = path.join(dir, 'd.csv');
        writeFileSync(diaryCopy, readFileSync(RUNNING[1]));
        const r = rehab(['follow', RUNNING[0], diaryCopy, '-o', diaryCopy]);
        expect(r.code).toBe(2);
        expect(readFileSync(diaryCopy, 'utf8')).toBe(readFileSync(RUNNING[1], 'utf8'));
    });
    test('diary text cannot inject markup into the page', () => {
        const dir = tempDir();
        writeFileSync(
            path.join(dir, 'd.csv'),
            'date,first-step,note\n2027-01-04,3,"<script>alert(1)</script>"\n2027-01-05,3,<img src=x onerror=alert(1)>\n'
        );
        const r = rehab(['follow', RUNNING[0], path.join(dir, 'd.csv'), '--format', 'html']);
        expect(r.code).toBe(0);
        expect(r.stdout).not.toContain('<script>');
        expect(r.stdout).not.toContain('<img');
        expect(r.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    });
    test('--help names follow', () => {
        expect(rehab(['--help']).stdout).toContain('rehab follow PLAN DIARY');
    });
});
