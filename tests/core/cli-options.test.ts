import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { rehab, tempDir } from '../cli-harness.js';

// Options that a command would ignore are usage errors; parse errors read as sentences.

const CLEAN = `plan p "T" {\n    phase a weeks 1-2 {\n        do heel-raise 3 x 10 reps, 3 times weekly\n    }\n}\n`;

describe('options that do not apply', () => {
    test.each([
        [['check', 'p.rehab', '-o', 'out.txt'], /check .*-o\/--output/],
        [['compile', 'p.rehab', '--rule', 'PF001'], /compile .*--rule/],
        [['preview', 'p.rehab', '--format', 'fhir'], /preview .*--format/],
        [['fix', 'p.rehab', '--format', 'json'], /fix .*--format/],
        [['check', 'p.rehab', '--start', '2027-01-04'], /check .*--start/]
    ])('%j is a usage error naming the option and the command', (args, message) => {
        const dir = tempDir('rehab-cli-opt-');
        writeFileSync(path.join(dir, 'p.rehab'), CLEAN);
        const r = rehab(args, dir);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(message);
        expect(r.stdout).toBe('');
        expect(existsSync(path.join(dir, 'out.txt'))).toBe(false);
    });

    test('an unknown option names it with balanced quotes', () => {
        const r = rehab(['check', '--bogus', 'p.rehab'], tmpdir());
        expect(r.code).toBe(2);
        expect(r.stderr).toContain("'--bogus'");
        expect((r.stderr.match(/'/g) ?? []).length % 2).toBe(0);
        expect((r.stderr.match(/"/g) ?? []).length % 2).toBe(0);
    });
});
