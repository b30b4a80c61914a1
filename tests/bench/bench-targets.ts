// The closing table of `npm run bench`: each target of the performance issue with our figure, the peer's and
// whether it is met.
import type { lspFigures, Summary } from './bench-lsp.js';
import { median, ms } from './bench-stats.js';

export interface CoreRow {
    lines: number;
    parseMs: number;
    buildMs: number;
    compileMs: number;
    floorMs: number;
    buildOverFloor: number;
    diagnostics: number;
}

/** The targets, each with our figure, the peer's where there is one, and whether it is met. */
export function printTargets(r: {
    core: CoreRow[];
    brokenPlans: { editMs: number };
    heapBytesPerLine?: number;
    cliCheck300Ms: number;
    lsp: ReturnType<typeof lspFigures>;
}): void {
    const ours = r.lsp.ours as { editToDiagnostics?: Summary } | undefined;
    const ours300 = r.lsp.ours300 as { editToDiagnostics?: Summary } | undefined;
    const start = r.lsp.start300 as { startToFirstDiagnosticsMs: number } | undefined;
    const indexed = (r.lsp.peerIndexed as { editToDiagnostics?: { median: number } } | undefined)?.editToDiagnostics?.median;
    const peerStarts = (r.lsp.peer300 as Array<{ spawnToInitializeMs?: number; didOpenToDiagnosticsMs?: number }> | undefined)
        ?.filter(p => p.spawnToInitializeMs !== undefined)
        .map(p => p.spawnToInitializeMs! + p.didOpenToDiagnosticsMs!);
    const peerStart = peerStarts?.length ? median(peerStarts) : undefined;
    const big = r.core.find(c => c.lines >= 90000);
    const peerCore = r.lsp.peerCore && !r.lsp.peerCore.error ? r.lsp.peerCore : undefined;
    const peerBig = peerCore && peerCore.lines >= 90000 ? peerCore.buildMs : undefined;
    const yes = (ok: boolean | undefined) => (ok === undefined ? 'not measured' : ok ? 'met' : 'not met');
    const f = (x: number | undefined) => (x === undefined ? '—' : ms(x));
    const e5 = ours?.editToDiagnostics;
    const rows: string[][] = [
        [
            'edit → diagnostics, 5,000 lines, p50 / p95',
            e5 ? `${f(e5.p50)} / ${f(e5.p95)} ms` : '—',
            `${f(indexed)} ms (indexed, median)`,
            e5 && indexed ? `${(e5.p50 / indexed).toFixed(2)}×` : '—',
            '≤ 30 / ≤ 60 ms, ≤ 0.5× indexed peer',
            yes(e5 && indexed ? e5.p50 <= 30 && e5.p95 <= 60 && e5.p50 <= 0.5 * indexed : undefined)
        ],
        [
            'edit → diagnostics, 300 lines, p50',
            `${f(ours300?.editToDiagnostics?.p50)} ms`,
            '',
            '',
            '≤ 5 ms',
            yes(ours300?.editToDiagnostics ? ours300.editToDiagnostics.p50 <= 5 : undefined)
        ],
        [
            'start → first diagnostics, 300 lines',
            `${f(start?.startToFirstDiagnosticsMs)} ms`,
            `${f(peerStart)} ms`,
            start && peerStart ? `${(start.startToFirstDiagnosticsMs / peerStart).toFixed(2)}×` : '—',
            '≤ 200 ms, at or below the peer',
            yes(start && peerStart ? start.startToFirstDiagnosticsMs <= 200 && start.startToFirstDiagnosticsMs <= peerStart : undefined)
        ],
        ['`rehab check`, 300 lines, whole process', `${f(r.cliCheck300Ms)} ms`, '', '', '≤ 200 ms', yes(r.cliCheck300Ms <= 200)],
        ['one edit with 20 broken plans open', `${f(r.brokenPlans.editMs)} ms`, '', '', '≤ 12 ms', yes(r.brokenPlans.editMs <= 12)],
        [
            'full build, 100,000 lines',
            `${f(big?.buildMs)} ms`,
            peerBig === undefined ? '' : `${f(peerBig)} ms (indexed, in process)`,
            big && peerBig ? `${(big.buildMs / peerBig).toFixed(2)}×` : '',
            '≤ 3,000 ms',
            yes(big ? big.buildMs <= 3000 : undefined)
        ],
        [
            'retained heap',
            r.heapBytesPerLine === undefined ? '—' : `${(r.heapBytesPerLine / 1024).toFixed(2)} KB/line`,
            peerCore ? `${(peerCore.heapBytesPerLine / 1024).toFixed(2)} KB/line (${peerCore.lines} lines)` : '',
            peerCore && r.heapBytesPerLine !== undefined ? `${(r.heapBytesPerLine / peerCore.heapBytesPerLine).toFixed(2)}×` : '',
            '≤ 2 KB/line',
            yes(r.heapBytesPerLine === undefined ? undefined : r.heapBytesPerLine <= 2048)
        ]
    ];
    console.log('\n| figure | ours | peer | ratio | target | |');
    console.log('|---|---:|---:|---:|---|---|');
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}
