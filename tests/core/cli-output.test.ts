import { spawnSync } from 'node:child_process';
import {
    chmodSync,
    closeSync,
    constants,
    linkSync,
    lstatSync,
    mkdirSync,
    openSync,
    readFileSync,
    readSync,
    readdirSync,
    statSync,
    symlinkSync,
    writeFileSync
} from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { rehab, tempDir } from '../cli-harness.js';

// Where `-o` writes: standard output, devices and FIFOs in place, regular files atomically, never over an input.

const LIBRARY = 'library clinic {\n    exercise step-down { kind strength }\n}\n';
const USES =
    'import "lib/clinic.rehab"\nplan p "T" {\n    phase a weeks 1-2 {\n        do step-down 3 x 10 reps, 3 times weekly\n    }\n}\n';

function workspace(): string {
    const dir = tempDir('rehab-cli-out-');
    mkdirSync(path.join(dir, 'lib'));
    writeFileSync(path.join(dir, 'lib', 'clinic.rehab'), LIBRARY);
    writeFileSync(path.join(dir, 'uses.rehab'), USES);
    return dir;
}

describe('-o targets that are not a plain new file', () => {
    test('-o - writes to standard output and creates no file named -', () => {
        const dir = workspace();
        const r = rehab(['compile', 'uses.rehab', '-o', '-'], dir);
        expect(r.code).toBe(0);
        expect(JSON.parse(r.stdout).schemaVersion).toBe('2');
        expect(readdirSync(dir).sort()).toEqual(['lib', 'uses.rehab']);
    });

    test('a symlink to a device stays a symlink (the output goes to the device)', () => {
        const dir = workspace();
        symlinkSync('/dev/null', path.join(dir, 'sink'));
        const r = rehab(['compile', 'uses.rehab', '-o', 'sink'], dir);
        expect(r.code).toBe(0);
        expect(lstatSync(path.join(dir, 'sink')).isSymbolicLink()).toBe(true);
        expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
        expect(readdirSync(dir).sort()).toEqual(['lib', 'sink', 'uses.rehab']);
    });

    test('a FIFO is written in place, not replaced', () => {
        const dir = workspace();
        const fifo = path.join(dir, 'pipe');
        expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
        // Held open read-write and non-blocking: rehab's open does not wait for a reader, and this read cannot hang.
        const fd = openSync(fifo, constants.O_RDWR | constants.O_NONBLOCK);
        try {
            const r = rehab(['compile', 'uses.rehab', '-o', 'pipe'], dir);
            expect(r.code).toBe(0);
            const buffer = Buffer.alloc(60000);
            const n = readSync(fd, buffer, 0, buffer.length, null);
            expect(JSON.parse(buffer.subarray(0, n).toString('utf8')).schemaVersion).toBe('2');
        } finally {
            closeSync(fd);
        }
        expect(lstatSync(fifo).isFIFO()).toBe(true);
    });

    test('a symlink to a regular file keeps the link; its target gets the output and keeps its mode', () => {
        const dir = workspace();
        writeFileSync(path.join(dir, 'real.json'), 'old');
        chmodSync(path.join(dir, 'real.json'), 0o600);
        symlinkSync('real.json', path.join(dir, 'link.json'));
        const r = rehab(['compile', 'uses.rehab', '-o', 'link.json'], dir);
        expect(r.code).toBe(0);
        expect(lstatSync(path.join(dir, 'link.json')).isSymbolicLink()).toBe(true);
        expect(JSON.parse(readFileSync(path.join(dir, 'real.json'), 'utf8')).schemaVersion).toBe('2');
        expect(statSync(path.join(dir, 'real.json')).mode & 0o777).toBe(0o600);
    });
});

describe('never over an input', () => {
    test('refuses a .rehab output path: exit 2, the library is untouched', () => {
        const dir = workspace();
        const r = rehab(['compile', 'uses.rehab', '-o', 'lib/clinic.rehab'], dir);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('lib/clinic.rehab');
        expect(readFileSync(path.join(dir, 'lib', 'clinic.rehab'), 'utf8')).toBe(LIBRARY);
    });

    test.each([
        ['a symlink', (from: string, to: string) => symlinkSync(from, to)],
        ['a hard link', (from: string, to: string) => linkSync(from, to)]
    ])('refuses an output that is %s to an imported library', (_, makeLink) => {
        const dir = workspace();
        makeLink(path.join(dir, 'lib', 'clinic.rehab'), path.join(dir, 'out.json'));
        const r = rehab(['compile', 'uses.rehab', '-o', 'out.json'], dir);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/^rehab: out\.json: refusing/m);
        expect(readFileSync(path.join(dir, 'lib', 'clinic.rehab'), 'utf8')).toBe(LIBRARY);
    });
});

describe('write failures in words', () => {
    test('a missing folder and a folder as target are said plainly, not as errno codes', () => {
        const dir = workspace();
        mkdirSync(path.join(dir, 'adir'));
        const missing = rehab(['compile', 'uses.rehab', '-o', 'nodir/x.json'], dir);
        expect(missing.code).toBe(2);
        expect(missing.stderr).toContain('the folder nodir does not exist');
        const folder = rehab(['compile', 'uses.rehab', '-o', 'adir'], dir);
        expect(folder.code).toBe(2);
        expect(folder.stderr).toContain('adir is a folder');
        expect(missing.stderr + folder.stderr).not.toMatch(/E[A-Z]{3,}/);
    });

    test('an existing 0600 output keeps its mode when compiled over', () => {
        const dir = workspace();
        writeFileSync(path.join(dir, 'out.json'), 'old');
        chmodSync(path.join(dir, 'out.json'), 0o600);
        expect(rehab(['compile', 'uses.rehab', '-o', 'out.json'], dir).code).toBe(0);
        expect(statSync(path.join(dir, 'out.json')).mode & 0o777).toBe(0o600);
        expect(JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8')).schemaVersion).toBe('2');
    });
});
