import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { rehab, tempDir } from '../cli-harness.js';

// Which paths `rehab check` reads, and how one bad path is reported without hiding the others.

const CLEAN = `plan p "T" {\n    phase a weeks 1-2 {\n        do heel-raise 3 x 10 reps, 3 times weekly\n    }\n}\n`;
const WITH_ERROR = `plan p {\n    phase a weeks 1-4 { }\n    phase b weeks 3-6 { }\n}\n`;
const LIBRARY = 'library clinic {\n    exercise step-down { kind strength }\n}\n';

function workspace(files: Record<string, string>): string {
    const dir = tempDir('rehab-cli-paths-');
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        writeFileSync(path.join(dir, name), text);
    }
    return dir;
}

describe('a path that is not a .rehab file', () => {
    test('is named with what to do, exit 2, and the other files are still checked', () => {
        const dir = workspace({ 'plan.txt': CLEAN, 'bad.rehab': WITH_ERROR });
        const r = rehab(['check', 'plan.txt', '/dev/null', 'bad.rehab'], dir);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/^rehab: plan\.txt: not a \.rehab file/m);
        expect(r.stderr).toMatch(/^rehab: \/dev\/null: not a \.rehab file/m);
        expect(r.stderr).not.toContain('internal error');
        expect(r.stdout).toMatch(/^bad\.rehab:3:19 error RP001/m);
    });

    test('compile names it too, without an internal error', () => {
        const dir = workspace({ 'plan.txt': CLEAN });
        const r = rehab(['compile', 'plan.txt'], dir);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('plan.txt: not a .rehab file');
        expect(r.stdout).toBe('');
    });
});

describe('a missing path', () => {
    test('is reported on stderr while the other files are checked and printed (exit 2 beats 1)', () => {
        const dir = workspace({ 'bad.rehab': WITH_ERROR });
        const r = rehab(['check', 'bad.rehab', 'nope.rehab'], dir);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('nope.rehab: no such file or folder');
        expect(r.stdout).toMatch(/^bad\.rehab:3:19 error RP001/m);
    });

    test('--format json gives every file named its entry, the unreadable one with one `syntax` error saying why', () => {
        const dir = workspace({ 'bad.rehab': WITH_ERROR, 'ok.rehab': CLEAN });
        const r = rehab(['check', '--format', 'json', 'nope.rehab', 'bad.rehab', 'ok.rehab'], dir);
        expect(r.code).toBe(2);
        const json = JSON.parse(r.stdout);
        expect(json.map((f: { file: string }) => f.file)).toEqual(['nope.rehab', 'bad.rehab', 'ok.rehab']);
        expect(json[0].diagnostics).toEqual([
            expect.objectContaining({
                rule: 'syntax',
                severity: 'error',
                line: 1,
                column: 1,
                message: expect.stringContaining('no such file')
            })
        ]);
    });
});

describe('folders and files that hold no plan', () => {
    test('v2: a folder holding only libraries is checked like any other (exit 2 is for files that cannot be read)', () => {
        const dir = workspace({ 'onlylib/clinic.rehab': LIBRARY });
        const r = rehab(['check', '--format', 'json', 'onlylib'], dir);
        expect(r.code).toBe(0);
        expect(JSON.parse(r.stdout).map((f: { file: string }) => f.file)).toEqual([path.join('onlylib', 'clinic.rehab')]);
    });

    test('a folder with a plan beside its libraries passes', () => {
        const dir = workspace({ 'mixed/clinic.rehab': LIBRARY, 'mixed/p.rehab': CLEAN });
        const r = rehab(['check', 'mixed'], dir);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
    });

    test('a library file given by name is checked and passes', () => {
        const dir = workspace({ 'clinic.rehab': LIBRARY });
        expect(rehab(['check', 'clinic.rehab'], dir).code).toBe(0);
    });

    test('an empty, a blank and a comment-only file each get an entry with a `syntax` error, exit 1', () => {
        const dir = workspace({
            'empty.rehab': '',
            'blank.rehab': '  \n\t\n',
            'notes.rehab': '// nothing yet\n/* still nothing */\n',
            'ok.rehab': CLEAN
        });
        const r = rehab(['check', 'empty.rehab', 'blank.rehab', 'notes.rehab', 'ok.rehab'], dir);
        expect(r.code).toBe(1);
        for (const file of ['empty', 'blank', 'notes'])
            expect(r.stdout).toMatch(new RegExp(`^${file}\\.rehab:1:1 error syntax holds no plan or library`, 'm'));
        const json = JSON.parse(rehab(['check', '--format', 'json', 'empty.rehab', 'ok.rehab'], dir).stdout);
        expect(json.map((f: { file: string }) => f.file)).toEqual(['empty.rehab', 'ok.rehab']);
        const compile = rehab(['compile', 'notes.rehab'], dir);
        expect(compile.code).toBe(2);
        expect(compile.stderr).toMatch(/^rehab: notes\.rehab: holds no plan or library/m);
    });

    test('a file with only a syntax error is a plan with errors (exit 1), not an empty file', () => {
        const dir = workspace({ 'junk.rehab': 'plan {\n' });
        const r = rehab(['check', 'junk.rehab'], dir);
        expect(r.code).toBe(1);
        expect(r.stdout).toContain('syntax');
    });
});

describe('the same file given more than once', () => {
    test('is checked and reported once, however it is spelled', () => {
        const dir = workspace({ 'bad.rehab': WITH_ERROR });
        symlinkSync('bad.rehab', path.join(dir, 'alias.rehab'));
        const r = rehab(['check', '--format', 'json', 'bad.rehab', 'bad.rehab', './bad.rehab', 'alias.rehab', '.'], dir);
        expect(JSON.parse(r.stdout).map((f: { file: string }) => f.file)).toEqual(['bad.rehab']);
        expect(r.code).toBe(1);
    });
});

describe('an import that cannot be read', () => {
    test('stderr says why in words, naming the importing file', () => {
        const dir = workspace({ 'p.rehab': 'import "lib.rehab"\nplan p { }\n', 'lib.rehab': LIBRARY });
        // root reads any file, so there a binary library stands in for an unreadable one.
        const root = process.getuid?.() === 0;
        if (root) writeFileSync(path.join(dir, 'lib.rehab'), Buffer.from([0, 1, 2, 3]));
        else chmodSync(path.join(dir, 'lib.rehab'), 0o000);
        const r = rehab(['check', 'p.rehab'], dir);
        expect(r.code).toBe(1);
        expect(r.stdout).toMatch(/^p\.rehab:1:8 error reference /m);
        expect(r.stderr).toMatch(
            root ? /^rehab: p\.rehab: import lib\.rehab: .*binary/m : /^rehab: p\.rehab: import lib\.rehab: .*permission denied/m
        );
    });
});
