import { chmodSync, lstatSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { rehab, tempDir } from '../cli-harness.js';

// `rehab fix` changes the text and nothing else, and never records a screening on its own.

const BOM = '\uFEFF';

/** The running example with a PF033 error (+25 % a week) and no red-flag screening (PF001). */
function unsafe(): string {
    return readFileSync('examples/return-to-running.rehab', 'utf8')
        .replace('+10 %', '+25 %')
        .replace(/^\s*red-flags .*\n/m, '');
}

function workspace(name: string, text: string): string {
    const dir = tempDir('rehab-cli-fix-');
    writeFileSync(path.join(dir, name), text);
    return dir;
}

describe('rehab fix keeps the file as it was, apart from the fix', () => {
    test('the example really has both findings, so the tests below test something', () => {
        const dir = workspace('p.rehab', unsafe());
        const r = rehab(['check', 'p.rehab'], dir);
        expect(r.stdout).toMatch(/ PF001 /);
        expect(r.stdout).toMatch(/ PF033 /);
    });

    test('a 0600 plan stays 0600', () => {
        const dir = workspace('p.rehab', unsafe());
        chmodSync(path.join(dir, 'p.rehab'), 0o600);
        expect(rehab(['fix', 'p.rehab'], dir).code).toBe(0);
        expect(readFileSync(path.join(dir, 'p.rehab'), 'utf8')).toContain('+10 %');
        expect(statSync(path.join(dir, 'p.rehab')).mode & 0o777).toBe(0o600);
    });

    test('a symlinked plan stays a symlink and its target is fixed', () => {
        const dir = workspace('placeholder', '');
        mkdirSync(path.join(dir, 'real'));
        writeFileSync(path.join(dir, 'real', 'p.rehab'), unsafe());
        symlinkSync('real/p.rehab', path.join(dir, 'p.rehab'));
        expect(rehab(['fix', 'p.rehab'], dir).code).toBe(0);
        expect(lstatSync(path.join(dir, 'p.rehab')).isSymbolicLink()).toBe(true);
        expect(readFileSync(path.join(dir, 'real', 'p.rehab'), 'utf8')).toContain('+10 %');
        expect(readdirSync(path.join(dir, 'real'))).toEqual(['p.rehab']);
    });

    test('a byte-order mark and CRLF endings are kept, also on inserted lines', () => {
        const dir = workspace('p.rehab', BOM + unsafe().replace(/\n/g, '\r\n'));
        // PF001 inserts a whole line: the case where LF crept into CRLF files.
        const r = rehab(['fix', 'p.rehab', '--rule', 'PF001', '--rule', 'PF033'], dir);
        expect(r.stdout).toMatch(/ PF001 /);
        const after = readFileSync(path.join(dir, 'p.rehab'), 'utf8');
        expect(after.startsWith(BOM)).toBe(true);
        expect(after).toContain('red-flags none');
        expect(after).toContain('+10 %');
        expect(after.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    });
});

describe('fixes that record a clinical finding', () => {
    test('v2: a batch fix never records a screening; it says how to, and the other fixes are applied', () => {
        const dir = workspace('p.rehab', unsafe());
        const r = rehab(['fix', 'p.rehab'], dir);
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(/PF001 .*screen the patient first/);
        const after = readFileSync(path.join(dir, 'p.rehab'), 'utf8');
        expect(after).not.toMatch(/red-flags none/);
        expect(after).toContain('+10 %');
        expect(rehab(['check', 'p.rehab'], dir).stdout).toMatch(/ PF001 /);
    });

    test('PF001 named with --rule is applied, and the output reminds to screen', () => {
        const dir = workspace('p.rehab', unsafe());
        const r = rehab(['fix', 'p.rehab', '--rule', 'PF001'], dir);
        expect(r.stdout).toMatch(/PF001 reminder: screen the patient/);
        expect(readFileSync(path.join(dir, 'p.rehab'), 'utf8')).toMatch(/red-flags none/);
        expect(rehab(['check', 'p.rehab'], dir).stdout).not.toMatch(/ PF001 /);
    });

    test('--lang da: what fix prints is Danish', () => {
        const dir = workspace('p.rehab', unsafe());
        const r = rehab(['fix', 'p.rehab', '--lang', 'da'], dir);
        expect(r.stdout).toMatch(/rettelse(r)? udført/);
        expect(r.stdout).toMatch(/undersøg patienten først/);
        expect(r.stdout).not.toMatch(/applied|reminder|Progress by/);
    });

    test('--help says so', () => {
        expect(rehab(['--help'], process.cwd()).stdout).toMatch(/PF001/);
    });
});

describe('rehab fix with fixes at the same spot', () => {
    // PF013 adds a stop line and RP005 a reason, both at the end of the phase's last line: applied in one
    // pass they interleave into `allow PF023` / `stop when …` / ` because "reason"`, which does not parse.
    const PLAN =
        'plan t {\n    condition plantar-fasciitis\n    patient { red-flags none }\n    monitor {\n        pain during activity at most 3/10\n        pain settles within 24 h\n    }\n    review at week 6\n' +
        '    phase a weeks 1-8 {\n        do heel-raise 3 x 10 reps tempo 3-0-3, every other day { progress reps +1 every 2 weeks }\n        allow PF023\n    }\n}\n';

    test('applies them one after the other, and the result parses with both findings gone', () => {
        const dir = workspace('p.rehab', PLAN);
        expect(rehab(['fix', 'p.rehab'], dir).code).toBe(0);
        const check = rehab(['check', '--format', 'json', 'p.rehab'], dir);
        const found = JSON.parse(check.stdout)[0].diagnostics.map((d: { rule: string; severity: string }) => `${d.rule} ${d.severity}`);
        expect(found).not.toContainEqual(expect.stringMatching(/^(syntax|PF013|RP005 error)/));
        expect(check.code).toBe(0);
        expect(readFileSync(path.join(dir, 'p.rehab'), 'utf8')).toMatch(/allow PF023 because "reason"/);
    });
});
