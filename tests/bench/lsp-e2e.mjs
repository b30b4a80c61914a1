#!/usr/bin/env node
/**
 * Edit → diagnostics over real stdio LSP, p50 and p95, for our server. The peer harness
 * (../shared/langium-baseline/lsp-e2e.mjs) locates its edit with a statemachine-only pattern, so it cannot
 * drive a rehab plan; this one takes the edit and the reference point from the same rehab adapter
 * (validEdit, lspPoint) and otherwise measures the same things the same way.
 *
 * Usage: node lsp-e2e.mjs --server out/server.cjs --lang <baseline>/rehab-adapter.mjs --lines 5000 --runs 30
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const argv = process.argv.slice(2);
const arg = (name, fallback) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : fallback;
};
const server = path.resolve(arg('server', 'out/server.cjs'));
const lines = Number(arg('lines', 5000));
const runs = Number(arg('runs', 30));
const adapter = (await import(pathToFileURL(path.resolve(arg('lang'))).href)).default;
const quantile = (xs, q) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
const summary = xs => ({ p50: quantile(xs, 0.5), p95: quantile(xs, 0.95), max: Math.max(...xs) });

const { text } = adapter.generate(lines);
const t0 = performance.now();
const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const waiters = [];
conn.onNotification('textDocument/publishDiagnostics', p => {
    const w = waiters.shift();
    if (w) w(p);
});
conn.onRequest(() => null);
conn.listen();
const nextDiagnostics = () => new Promise(r => waiters.push(r));

await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: {
        textDocument: { publishDiagnostics: {}, completion: { completionItem: { snippetSupport: true } }, hover: {}, definition: {} },
        workspace: { configuration: true }
    }
});
const spawnToInitializeMs = performance.now() - t0;
conn.sendNotification('initialized', {});

const uri = pathToFileURL(path.resolve(`e2e-doc${adapter.fileExtension}`)).href;
let td = TextDocument.create(uri, adapter.languageId, 1, text);
let diag = nextDiagnostics();
const tOpen = performance.now();
conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: adapter.languageId, version: 1, text } });
const opened = await diag;
const didOpenToDiagnosticsMs = performance.now() - tOpen;

const change = (offset, length, newText) => {
    const range = { start: td.positionAt(offset), end: td.positionAt(offset + length) };
    td = TextDocument.update(td, [{ range, text: newText }], td.version + 1);
    conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: td.version },
        contentChanges: [{ range, text: newText }]
    });
};
const edit = () => {
    const e = adapter.validEdit(td.getText());
    change(e.offset, e.length, e.newText);
};

// The server's CPU time (all threads, Linux only) per edit: steadier than wall time when other work shares the machine.
const serverCpuMs = () => {
    try {
        const f = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return (Number(f[11]) + Number(f[12])) * 10;
    } catch {
        return NaN;
    }
};
const editTimes = [];
let cpuBefore = 0;
for (let i = 0; i < runs + 3; i++) {
    if (i === 3) cpuBefore = serverCpuMs();
    diag = nextDiagnostics();
    const s = performance.now();
    edit();
    await diag;
    if (i >= 3) editTimes.push(performance.now() - s);
}

const serverCpuPerEditMs = (serverCpuMs() - cpuBefore) / runs;
const point = adapter.lspPoint(td.getText());
const req = async (method, params) => {
    const s = performance.now();
    await conn.sendRequest(method, params);
    return performance.now() - s;
};
const afterEdit = { completion: [], hover: [], definition: [] };
for (let i = 0; i < runs + 2; i++) {
    for (const [method, key, at] of [
        ['textDocument/completion', 'completion', point.refStart],
        ['textDocument/hover', 'hover', point.refMid],
        ['textDocument/definition', 'definition', point.refMid]
    ]) {
        diag = nextDiagnostics();
        const s = performance.now();
        edit();
        await conn.sendRequest(method, { textDocument: { uri }, position: td.positionAt(at) });
        if (i >= 2) afterEdit[key].push(performance.now() - s);
        await diag;
    }
}
let peakRssMB;
try {
    peakRssMB = Number(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8').match(/VmHWM:\s+(\d+)/)[1]) / 1024;
} catch {
    /* not Linux */
}
await conn.sendRequest('shutdown');
conn.sendNotification('exit');
console.log(
    JSON.stringify({
        server: path.basename(server),
        lines: td.lineCount,
        runs,
        spawnToInitializeMs,
        didOpenToDiagnosticsMs,
        openDiagnostics: opened.diagnostics.length,
        editToDiagnostics: summary(editTimes),
        serverCpuPerEditMs,
        rightAfterEdit: Object.fromEntries(Object.entries(afterEdit).map(([k, v]) => [k, summary(v)])),
        serverPeakRssMB: peakRssMB
    })
);
setTimeout(() => process.exit(0), 100);
