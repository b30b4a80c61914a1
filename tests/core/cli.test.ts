import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { noStackTrace, rehab, tempDir } from '../cli-harness.js';

const CLEAN = `plan p "T" {\n    phase a weeks 1-2 {\n        do heel-raise 3 x 10 reps, 3 times weekly\n    }\n}\n`;
const WITH_ERROR = `plan p {\n    phase a weeks 1-4 { }\n    phase b weeks 3-6 { }\n}\n`;

describe('rehab check', () => {
    test('the examples check with exit 0', () => {
        const r = rehab(['check', 'examples']);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
    });

    test('prints file:line:col severity RULE message and exits 1 on errors', () => {
        const dir = tempDir();
        writeFileSync(path.join(dir, 'bad.rehab'), WITH_ERROR);
        const r = rehab(['check', 'bad.rehab'], dir);
        expect(r.code).toBe(1);
        expect(r.stdout).toMatch(/^bad\.rehab:3:19 error RP001 .+$/m);
    });

    test("--format json has the contract's shape, lines and columns from 1", () => {
        const dir = tempDir();
        writeFileSync(path.join(dir, 'bad.rehab'), WITH_ERROR);
        const r = rehab(['check', '--format', 'json', 'bad.rehab'], dir);
        const json = JSON.parse(r.stdout);
        expect(json).toEqual([
            { file: 'bad.rehab', diagnostics: [expect.objectContaining({ rule: 'RP001', severity: 'error', line: 3, column: 19 })] }
        ]);
        const d = json[0].diagnostics[0];
        expect(Object.keys(d).sort()).toEqual(['column', 'endColumn', 'endLine', 'line', 'message', 'rule', 'severity']);
    });

    test('syntax and linking errors use the rules `syntax` and `reference`', () => {
        const dir = tempDir();
        writeFileSync(path.join(dir, 'x.rehab'), 'plan p {\n  phase a weeks 1-2 { do heel-rase 3 x 10 reps }\n  phase b weeks }\n');
        const r = rehab(['check', '--format', 'json', 'x.rehab'], dir);
        const rules = JSON.parse(r.stdout)[0].diagnostics.map((d: { rule: string }) => d.rule);
        expect(rules).toContain('syntax');
        expect(rules).toContain('reference');
        expect(r.code).toBe(1);
    });

    test('--help, --version and wrong arguments', () => {
        expect(rehab(['--help']).code).toBe(0);
        expect(rehab(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
        const r = rehab(['frobnicate']);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('unknown command');
        expect(rehab(['check', '--bogus', 'examples']).code).toBe(2);
    });
});

describe('bad input', () => {
    test('a missing file: exit 2, named, no stack trace', () => {
        const r = rehab(['check', 'no/such.rehab']);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('no/such.rehab');
        noStackTrace(r.stderr);
    });

    test('a folder with no plans: exit 2', () => {
        const r = rehab(['check', tempDir()]);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('holds no .rehab plan');
    });

    test('an empty file: a clear message naming the file', () => {
        const dir = tempDir();
        writeFileSync(path.join(dir, 'empty.rehab'), '');
        // LANGUAGE.md v2: an empty file is an error diagnostic in its own entry (exit 1), not a missing entry.
        const check = rehab(['check', 'empty.rehab'], dir);
        expect(check.code).toBe(1);
        expect(check.stdout).toMatch(/^empty\.rehab:1:1 error syntax holds no plan or library/m);
        const compile = rehab(['compile', 'empty.rehab'], dir);
        expect(compile.code).not.toBe(0);
        expect(compile.stderr).toContain('empty.rehab');
        noStackTrace(compile.stderr);
    });

    test('a binary file: exit 2 with a message', () => {
        const dir = tempDir();
        writeFileSync(path.join(dir, 'bin.rehab'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
        const r = rehab(['check', 'bin.rehab'], dir);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('binary');
    });

    test('a byte-order mark and CRLF line endings parse, and lines stay right', () => {
        const dir = tempDir();
        writeFileSync(path.join(dir, 'win.rehab'), '\uFEFF' + WITH_ERROR.replace(/\n/g, '\r\n'));
        const r = rehab(['check', 'win.rehab'], dir);
        expect(r.stdout).toMatch(/^win\.rehab:3:19 error RP001/m);
        expect(r.stdout).not.toContain('syntax');
    });

    test('an import cycle and a missing import are reported on the import line', () => {
        const dir = tempDir();
        writeFileSync(path.join(dir, 'a.rehab'), 'import "b.rehab"\nlibrary a { exercise ea { kind strength } }\n');
        writeFileSync(path.join(dir, 'b.rehab'), 'import "a.rehab"\nlibrary b { exercise eb { kind strength } }\n');
        writeFileSync(
            path.join(dir, 'p.rehab'),
            'import "a.rehab"\nimport "gone.rehab"\nplan p { phase x weeks 1-2 { do eb 3 x 10 reps } }\n'
        );
        const r = rehab(['check', '--format', 'json', 'p.rehab', 'a.rehab'], dir);
        const [plan, lib] = JSON.parse(r.stdout);
        expect(plan.diagnostics).toContainEqual(expect.objectContaining({ rule: 'reference', line: 2 }));
        expect(lib.diagnostics).toContainEqual(
            expect.objectContaining({ rule: 'reference', line: 1, message: expect.stringContaining('cycle') })
        );
        expect(r.code).toBe(1);
    });
});

describe('rehab compile', () => {
    test('writes JSON atomically to -o and nothing else', () => {
        const dir = tempDir();
        writeFileSync(path.join(dir, 'p.rehab'), CLEAN);
        const r = rehab(['compile', 'p.rehab', '-o', 'p.json'], dir);
        expect(r.code).toBe(0);
        expect(JSON.parse(readFileSync(path.join(dir, 'p.json'), 'utf8')).schemaVersion).toBe('2');
        expect(readdirSync(dir).sort()).toEqual(['p.json', 'p.rehab']);
    });

    test('a plan with errors is not compiled: exit 1, nothing written', () => {
        const dir = tempDir();
        writeFileSync(path.join(dir, 'bad.rehab'), WITH_ERROR);
        const r = rehab(['compile', 'bad.rehab', '-o', 'bad.json'], dir);
        expect(r.code).toBe(1);
        expect(existsSync(path.join(dir, 'bad.json'))).toBe(false);
    });

    test('refuses to write over its input', () => {
        const dir = tempDir();
        writeFileSync(path.join(dir, 'p.rehab'), CLEAN);
        const r = rehab(['compile', 'p.rehab', '-o', 'p.rehab'], dir);
        expect(r.code).toBe(2);
        expect(readFileSync(path.join(dir, 'p.rehab'), 'utf8')).toBe(CLEAN);
    });

    test('a read-only target folder: a clear error and no leftovers', () => {
        if (process.getuid?.() === 0) {
            // root ignores permissions; point at a path whose parent is a file instead
            const dir = tempDir();
            writeFileSync(path.join(dir, 'p.rehab'), CLEAN);
            const r = rehab(['compile', 'p.rehab', '-o', 'p.rehab.d/out.json'], dir);
            writeFileSync(path.join(dir, 'blocker'), 'x');
            const r2 = rehab(['compile', 'p.rehab', '-o', 'blocker/out.json'], dir);
            expect([r.code, r2.code]).toEqual([2, 2]);
            expect(readdirSync(dir).sort()).toEqual(['blocker', 'p.rehab']);
            return;
        }
        const dir = tempDir();
        const out = path.join(dir, 'ro');
        mkdirSync(out);
        writeFileSync(path.join(dir, 'p.rehab'), CLEAN);
        chmodSync(out, 0o500);
        const r = rehab(['compile', 'p.rehab', '-o', 'ro/p.json'], dir);
        expect(r.code).toBe(2);
        expect(readdirSync(out)).toEqual([]);
    });

    test('an unknown format is a clear error', () => {
        const r = rehab(['compile', 'examples/return-to-running.rehab', '--format', 'pdf']);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('--format');
    });
});

describe('rehab preview, other formats and cert', () => {
    test('preview writes a self-contained handout', () => {
        const dir = tempDir();
        const r = rehab(['preview', path.resolve('examples/walker-62.rehab'), '-o', path.join(dir, 'h.html')]);
        expect(r.code).toBe(0);
        const html = readFileSync(path.join(dir, 'h.html'), 'utf8');
        expect(html).toMatch(/^<!DOCTYPE html>/i);
        expect(html).not.toMatch(/<script[\s>]/i);
    });

    test('compile --format fhir gives a Bundle, --format html a page', () => {
        expect(JSON.parse(rehab(['compile', 'examples/walker-62.rehab', '--format', 'fhir']).stdout).resourceType).toBe('Bundle');
        expect(rehab(['compile', 'examples/walker-62.rehab', '--format', 'html']).stdout).toContain('<svg');
    });

    test('compile --format ics needs a well-formed --start', () => {
        const ok = rehab(['compile', 'examples/return-to-running.rehab', '--format', 'ics', '--start', '2027-01-04']);
        expect(ok.code).toBe(0);
        expect(ok.stdout).toContain('BEGIN:VCALENDAR');
        const missing = rehab(['compile', 'examples/return-to-running.rehab', '--format', 'ics']);
        expect(missing.code).toBe(2);
        expect(missing.stderr).toContain('--start');
        expect(rehab(['compile', 'examples/return-to-running.rehab', '--format', 'ics', '--start', '2027-02-30']).code).toBe(2);
    });

    test('cert fills all items for a plan that states its delivery', () => {
        const items = JSON.parse(rehab(['cert', 'examples/heavy-runner-10k.rehab', '--format', 'json']).stdout) as Array<{
            status: string;
        }>;
        expect(items.length).toBeGreaterThanOrEqual(16);
        expect(items.filter(i => i.status === 'not stated')).toEqual([]);
    });
});

describe('rehab fix', () => {
    const unsafe = () => readFileSync('examples/return-to-running.rehab', 'utf8').replace('+10 %', '+25 %');

    test('applies the quick fixes in place, prints them, and the rule stops firing', () => {
        const dir = tempDir();
        writeFileSync(path.join(dir, 'p.rehab'), unsafe());
        expect(rehab(['check', 'p.rehab'], dir).stdout).toContain('PF033');
        const r = rehab(['fix', 'p.rehab'], dir);
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(/p\.rehab:\d+ PF033 /);
        const after = rehab(['check', 'p.rehab'], dir);
        expect(after.code).toBe(0);
        expect(after.stdout).not.toContain('PF033');
        expect(readdirSync(dir)).toEqual(['p.rehab']);
    });

    test('--rule limits the fixes; a file with nothing to fix is left alone', () => {
        const dir = tempDir();
        writeFileSync(path.join(dir, 'p.rehab'), unsafe());
        rehab(['fix', 'p.rehab', '--rule', 'PF040'], dir);
        expect(readFileSync(path.join(dir, 'p.rehab'), 'utf8')).toBe(unsafe());
        writeFileSync(path.join(dir, 'clean.rehab'), CLEAN);
        const r = rehab(['fix', 'clean.rehab'], dir);
        expect(r.stdout).toContain('left alone');
        expect(readFileSync(path.join(dir, 'clean.rehab'), 'utf8')).toBe(CLEAN);
        expect(rehab(['fix', 'p.rehab', '--rule', 'PF999'], dir).code).toBe(2);
    });
});

describe('rehab.config.json', () => {
    const GAP = 'plan p {\n    phase a weeks 1-2 { do heel-raise 3 x 10 reps }\n    phase b weeks 4-5 { do heel-raise 3 x 10 reps }\n}\n';

    test("changes a rule's severity for the plans beside it and below it", () => {
        const dir = tempDir();
        mkdirSync(path.join(dir, 'plans'));
        writeFileSync(path.join(dir, 'plans', 'p.rehab'), GAP);
        expect(rehab(['check', 'plans/p.rehab'], dir).stdout).toMatch(/warning RP002/);
        writeFileSync(path.join(dir, 'rehab.config.json'), JSON.stringify({ rules: { RP002: 'error' } }));
        const raised = rehab(['check', 'plans/p.rehab'], dir);
        expect(raised.stdout).toMatch(/error RP002/);
        expect(raised.code).toBe(1);
        writeFileSync(path.join(dir, 'rehab.config.json'), JSON.stringify({ rules: { RP002: 'off' } }));
        expect(rehab(['check', 'plans/p.rehab'], dir).stdout).not.toContain('RP002');
    });

    test.each([
        ['a bad severity', { rules: { RP002: 'loud' } }, 'rules.RP002'],
        ['an unknown rule id', { rules: { PF999: 'off' } }, 'rules.PF999'],
        ['an unknown key', { rule: {} }, 'rule']
    ])('%s is an error naming the key', (_, config, key) => {
        const dir = tempDir();
        writeFileSync(path.join(dir, 'p.rehab'), GAP);
        writeFileSync(path.join(dir, 'rehab.config.json'), JSON.stringify(config));
        const r = rehab(['check', 'p.rehab'], dir);
        expect(r.code).toBe(1);
        expect(r.stdout).toMatch(new RegExp(`error config rehab\\.config\\.json: ${key.replace('.', '\\.')}`));
    });

    test("the compiled JSON keeps the config's rule settings for audit, like `allow` overrides", () => {
        const dir = tempDir();
        writeFileSync(path.join(dir, 'p.rehab'), CLEAN);
        expect(JSON.parse(rehab(['compile', 'p.rehab'], dir).stdout).projectRules).toBeUndefined();
        writeFileSync(path.join(dir, 'rehab.config.json'), JSON.stringify({ rules: { RP002: 'off' } }));
        const r = rehab(['compile', 'p.rehab'], dir);
        expect(r.code).toBe(0);
        expect(JSON.parse(r.stdout).projectRules).toEqual([{ rule: 'RP002', setting: 'off', file: 'rehab.config.json' }]);
    });

    test('a config that is not JSON is an error, not a crash', () => {
        const dir = tempDir();
        writeFileSync(path.join(dir, 'p.rehab'), GAP);
        writeFileSync(path.join(dir, 'rehab.config.json'), '{ rules: ');
        const r = rehab(['check', 'p.rehab'], dir);
        expect(r.stdout).toContain('not valid JSON');
        noStackTrace(r.stderr);
    });
});
