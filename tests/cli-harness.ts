import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, expect } from 'vitest';

/*
 * The one harness for tests that run the real `rehab` command: it spawns the built CLI and hands out temporary
 * folders that are removed when the test file ends, so a run leaves nothing behind in the system's temp folder.
 */

export const CLI = path.resolve('bin/rehab.js');

export interface CliResult {
    code: number | null;
    stdout: string;
    stderr: string;
}

export function rehab(args: string[], cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env): CliResult {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const created: string[] = [];

afterAll(() => {
    for (const dir of created.splice(0)) removeTree(dir);
});

/** A fresh folder under the system's temp folder, removed after the test file. */
export function tempDir(prefix = 'rehab-cli-'): string {
    const dir = mkdtempSync(path.join(tmpdir(), prefix));
    created.push(dir);
    return dir;
}

/** A temporary folder holding these files (paths may contain folders). */
export function workspace(files: Record<string, string | Buffer>, prefix?: string): string {
    const dir = tempDir(prefix);
    for (const [name, content] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        writeFileSync(path.join(dir, name), content);
    }
    return dir;
}

/** Tests make files unreadable or folders unwritable; give the owner access back before removing. */
function removeTree(dir: string): void {
    try {
        restoreAccess(dir);
    } catch {
        // Already gone, or never readable: rmSync below says nothing either way.
    }
    rmSync(dir, { recursive: true, force: true });
}

function restoreAccess(dir: string): void {
    chmodSync(dir, 0o755);
    for (const entry of readdirSync(dir)) {
        const full = path.join(dir, entry);
        const stat = statSync(full, { throwIfNoEntry: false });
        if (!stat) continue;
        if (stat.isDirectory()) restoreAccess(full);
        else chmodSync(full, 0o644);
    }
}

export function noStackTrace(text: string): void {
    expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
}
