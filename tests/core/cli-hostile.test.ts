// Slow lane: a large plan's compile interrupted mid-write, deep import chains, binary and huge imports.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CLI, rehab, tempDir } from '../cli-harness.js';

describe('write safety and hostile workspaces', () => {
    function bigPlan(dir: string): string {
        const activities = '        do heel-raise 3 x 10 reps, 3 times weekly\n'.repeat(100);
        let body = '';
        for (let i = 1; i <= 150; i++) body += `    phase p${i} weeks ${i} {\n${activities}    }\n`;
        writeFileSync(path.join(dir, 'big.rehab'), `plan big {\n${body}}\n`);
        return 'big.rehab';
    }

    /** Starts a compile that pauses half-way through writing its output and resolves once it says so. */
    async function compileHalfWritten(pauseMs: number) {
        const dir = tempDir();
        const file = bigPlan(dir);
        const child = spawn(process.execPath, [CLI, 'compile', file, '-o', 'out.json'], {
            cwd: dir,
            env: { ...process.env, REHAB_TEST_PAUSE_WRITE: String(pauseMs) }
        });
        // Listeners go on before anything can happen, so a fast child cannot exit unseen.
        const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
        let stderr = '';
        await new Promise<void>((resolve, reject) => {
            child.stderr.on('data', chunk => {
                stderr += String(chunk);
                if (stderr.includes('rehab-test: half written')) resolve();
            });
            void exited.then(() => reject(new Error(`compile ended before writing: ${stderr}`)));
        });
        return { dir, file, child, exited };
    }

    test('a compile killed outright half-way through writing never leaves a partial output file', async () => {
        const { dir, child, exited } = await compileHalfWritten(60_000);
        child.kill('SIGKILL');
        await exited;
        // Half the bytes are on disk, but only in a temporary file: the output name never holds half a plan.
        expect(existsSync(path.join(dir, 'out.json'))).toBe(false);
    });

    test('a compile asked to stop half-way through writing finishes the write, then leaves the whole file', async () => {
        // A signal is handled between synchronous steps: the write in progress completes and is renamed into place.
        const { dir, file, child, exited } = await compileHalfWritten(300);
        child.kill('SIGTERM');
        await exited;
        expect(readdirSync(dir).sort()).toEqual([file, 'out.json'].sort());
        expect(JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8')).plan.id).toBe('big');
    });

    test('a compile stopped before it writes leaves nothing behind', async () => {
        const dir = tempDir();
        const file = bigPlan(dir);
        const child = spawn(process.execPath, [CLI, 'compile', file, '-o', 'out.json'], { cwd: dir });
        const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
        child.kill('SIGTERM');
        await exited;
        expect(readdirSync(dir)).toEqual([file]);
    });

    test('a 5 MB file is handled without a hang', () => {
        const dir = tempDir();
        // 520 one-week phases of ~250 activities each: a valid plan of about 130,000 lines.
        const activities = '        do heel-raise 3 x 10 reps, 3 times weekly\n'.repeat(250);
        let body = '';
        for (let i = 1; body.length < 5 * 1024 * 1024; i++) body += `    phase p${i} weeks ${i} {\n${activities}    }\n`;
        writeFileSync(path.join(dir, 'big.rehab'), `plan big {\n${body}}\n`);
        const r = rehab(['check', '--format', 'json', 'big.rehab'], dir);
        // No condition, so only the generic rules judge it, and 520 one-week phases in a row leave nothing to say.
        expect(r.code).toBe(0);
        expect(JSON.parse(r.stdout)[0].diagnostics).toEqual([]);
        expect(JSON.parse(r.stdout)[0].file).toBe('big.rehab');
    });

    test('a deep chain of 300 imports links and ends', () => {
        const dir = tempDir();
        for (let i = 0; i < 300; i++) {
            const next = i < 299 ? `import "lib${i + 1}.rehab"\n` : '';
            writeFileSync(path.join(dir, `lib${i}.rehab`), `${next}library lib${i} { exercise ex${i} { kind strength } }\n`);
        }
        writeFileSync(path.join(dir, 'p.rehab'), 'import "lib0.rehab"\nplan p { phase a weeks 1-2 { do ex299 3 x 10 reps } }\n');
        const r = rehab(['check', 'p.rehab'], dir);
        expect(r.code).toBe(0);
    });

    test('an import of a binary or huge file is a reference error on the import line', () => {
        const dir = tempDir();
        writeFileSync(path.join(dir, 'bin.rehab'), Buffer.from([0, 1, 2, 3, 255]));
        writeFileSync(path.join(dir, 'huge.rehab'), Buffer.alloc(9 * 1024 * 1024, 0x20));
        writeFileSync(
            path.join(dir, 'p.rehab'),
            'import "bin.rehab"\nimport "huge.rehab"\nimport "../../../../../../etc/passwd"\nplan p { }\n'
        );
        const r = rehab(['check', '--format', 'json', 'p.rehab'], dir);
        const lines = JSON.parse(r.stdout)[0]
            .diagnostics.filter((d: { rule: string }) => d.rule === 'reference')
            .map((d: { line: number }) => d.line);
        expect(lines).toEqual([1, 2, 3]);
        expect(r.code).toBe(1);
    });
});
