// The language-server figures of `npm run bench`: ours over stdio at 300 and 5,000 lines, start-up, and the
// statemachine peer (default and indexed scopes) in the same run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { median, ms } from './bench-stats.js';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const root = path.resolve(import.meta.dirname, '../..');

/**
 * One-character edit → diagnostics etc. over real stdio LSP at 5,000 lines, and server start → first diagnostics
 * on a 300-line plan. Ours is driven by tests/bench/lsp-e2e.mjs with the baseline's rehab adapter (the
 * baseline's own lsp-e2e.mjs finds its edit with a statemachine-only pattern); the peers by their harness.
 */
export function lspFigures(): {
    ours?: unknown;
    ours300?: unknown;
    start300?: unknown;
    peer?: unknown;
    peerIndexed?: unknown;
    peer300?: unknown;
    peerCore?: PeerCore;
    note?: string;
} {
    if (argv.includes('--no-lsp')) return { note: 'skipped (--no-lsp)' };
    // The peer (Langium's statemachine example with its LSP harness) lives outside this repository; point
    // REHAB_BASELINE_DIR at it. Without it the other figures are still printed.
    const baselineDir = process.env.REHAB_BASELINE_DIR ?? path.resolve(root, '../shared/langium-baseline');
    const buildScript = path.join(baselineDir, 'build.sh');
    if (!existsSync(buildScript)) return { note: `peer baseline not found (set REHAB_BASELINE_DIR; looked in ${baselineDir})` };
    let dir: string;
    try {
        dir = execFileSync('bash', [buildScript], { encoding: 'utf8' }).trim().split('\n').pop()!;
    } catch (e) {
        return { note: `baseline build failed: ${(e as Error).message}` };
    }
    const json = (r: ReturnType<typeof spawnSync>) => {
        const line = String(r.stdout)
            .split('\n')
            .find(l => l.trim().startsWith('{'));
        return line ? JSON.parse(line) : { error: String(r.stderr || r.stdout).slice(0, 500) };
    };
    const ours = (lines: number, n: number) =>
        json(
            spawnSync(
                process.execPath,
                [
                    path.join(import.meta.dirname, 'lsp-e2e.mjs'),
                    '--server',
                    path.join(root, 'out/server.cjs'),
                    '--lang',
                    `${dir}/rehab-adapter.mjs`,
                    '--lines',
                    String(lines),
                    '--runs',
                    String(n)
                ],
                { encoding: 'utf8', timeout: 600000 }
            )
        );
    const peer = (server: string, lines = 5000) =>
        json(
            spawnSync(
                process.execPath,
                [
                    '--import',
                    `${dir}/groupby-polyfill.mjs`,
                    `${dir}/lsp-e2e.mjs`,
                    '--server',
                    server,
                    '--lines',
                    String(lines),
                    '--runs',
                    String(quick ? 5 : 20)
                ],
                { encoding: 'utf8', timeout: 600000 }
            )
        );
    const starts = Array.from(
        { length: quick ? 3 : 5 },
        () => ours(300, 3) as { spawnToInitializeMs: number; didOpenToDiagnosticsMs: number }
    );
    const start300 = { startToFirstDiagnosticsMs: median(starts.map(s => s.spawnToInitializeMs + s.didOpenToDiagnosticsMs)) };
    const result = { ours: ours(5000, quick ? 10 : 30), ours300: ours(300, quick ? 10 : 30), start300 };
    if (argv.includes('--no-baseline')) return result;
    return {
        ...result,
        peer: peer(`${dir}/sm/out/main.min.cjs`),
        peerIndexed: peer(`${dir}/sm/out/main-cached.min.cjs`),
        // Start-up is a process-level figure: the peer's over the median of a few starts, like ours.
        peer300: Array.from({ length: quick ? 3 : 5 }, () => peer(`${dir}/sm/out/main-cached.min.cjs`, 300)),
        peerCore: peerCore(dir)
    };
}

export type Summary = { p50: number; p95: number };
export function printLsp(lsp: ReturnType<typeof lspFigures>): void {
    if (lsp.note) {
        console.log(`LSP: ${lsp.note}`);
        return;
    }
    const o = lsp.ours as {
        error?: string;
        editToDiagnostics: Summary;
        rightAfterEdit: Record<string, Summary>;
        didOpenToDiagnosticsMs: number;
        serverPeakRssMB?: number;
    };
    if (o.error) console.log(`LSP (ours): failed: ${o.error}`);
    else {
        console.log(
            `LSP, 5,000-line plan over stdio: edit → diagnostics p50 ${ms(o.editToDiagnostics.p50)} ms, p95 ${ms(o.editToDiagnostics.p95)} ms; open → diagnostics ${ms(o.didOpenToDiagnosticsMs)} ms; peak RSS ${o.serverPeakRssMB?.toFixed(0) ?? '—'} MB`
        );
        console.log(
            `  right after an edit: ${Object.entries(o.rightAfterEdit)
                .map(([k, v]) => `${k} p50 ${ms(v.p50)} / p95 ${ms(v.p95)} ms`)
                .join(', ')}`
        );
    }
    const small = lsp.ours300 as { editToDiagnostics?: Summary } | undefined;
    if (small?.editToDiagnostics)
        console.log(
            `LSP, 300-line plan: edit → diagnostics p50 ${ms(small.editToDiagnostics.p50)} ms, p95 ${ms(small.editToDiagnostics.p95)} ms`
        );
    const start = lsp.start300 as { startToFirstDiagnosticsMs: number } | undefined;
    if (start) console.log(`server start → first diagnostics, 300-line plan: ${ms(start.startToFirstDiagnosticsMs)} ms`);
    for (const [name, p] of [
        ['statemachine peer, default scopes', lsp.peer],
        ['statemachine peer, indexed scopes', lsp.peerIndexed]
    ] as const) {
        const r = p as { editToDiagnostics?: { median: number; max: number }; error?: string } | undefined;
        if (r?.editToDiagnostics)
            console.log(`  ${name}: edit → diagnostics median ${ms(r.editToDiagnostics.median)} ms (max ${ms(r.editToDiagnostics.max)})`);
        else if (r) console.log(`  ${name}: ${r.error ?? 'no figures'}`);
    }
}

/** The peer's full build and retained heap, from its own in-process harness, at the size our table reports. */
export interface PeerCore {
    lines: number;
    buildMs: number;
    heapBytesPerLine: number;
    error?: string;
}

function peerCore(dir: string): PeerCore | undefined {
    const lines = quick ? 5000 : 100000;
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'rehab-peer-')), 'peer.json');
    const run = spawnSync(
        process.execPath,
        [
            '--expose-gc',
            '--import',
            `${dir}/groupby-polyfill.mjs`,
            `${dir}/bench.mjs`,
            '--scope-cache',
            '--sizes',
            String(lines),
            '--runs',
            '3',
            '--edit-sizes',
            '1000',
            '--workspace',
            '0',
            '--json',
            out
        ],
        { cwd: dir, encoding: 'utf8', timeout: 600000 }
    );
    try {
        const result = JSON.parse(readFileSync(out, 'utf8')) as {
            sizes: Array<{ lines: number; build: { median: number } }>;
            memory: Array<{ lines: number; retainedHeapMB: number }>;
        };
        const size = result.sizes[0];
        const memory = result.memory[0];
        return { lines: size.lines, buildMs: size.build.median, heapBytesPerLine: (memory.retainedHeapMB * 2 ** 20) / memory.lines };
    } catch {
        return { lines, buildMs: NaN, heapBytesPerLine: NaN, error: String(run.stderr || run.stdout).slice(0, 300) };
    }
}
