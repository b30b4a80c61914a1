// Runs the CLI and the language server once each with REHAB_WRITE_CODE_CACHE=1, so that each writes the V8 code
// cache of its bundle at exit (see server/bundle-loader.ts). Called by esbuild.mjs after a build. A failure here
// only costs start-up speed: it is reported and the build goes on.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const root = join(import.meta.dirname, '..');
const env = { ...process.env, REHAB_WRITE_CODE_CACHE: '1' };
const example = join(root, 'examples', 'return-to-running.rehab');

function warmCli() {
    const run = spawnSync(process.execPath, [join(root, 'bin', 'rehab.js'), 'check', example], { env, encoding: 'utf8', timeout: 30000 });
    if (run.status === null || run.status > 1) throw new Error(`rehab check exited with ${run.status}: ${run.stderr}`);
}

async function warmServer() {
    const server = spawn(process.execPath, [join(root, 'out', 'server.cjs'), '--stdio'], { env, stdio: ['pipe', 'pipe', 'ignore'] });
    const closed = new Promise(resolve => server.once('close', resolve));
    const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    const diagnostics = new Promise(resolve => connection.onNotification('textDocument/publishDiagnostics', resolve));
    connection.onRequest(() => null);
    connection.listen();
    const timer = setTimeout(() => server.kill(), 30000);
    try {
        await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
        connection.sendNotification('initialized', {});
        const uri = pathToFileURL(example).href;
        connection.sendNotification('textDocument/didOpen', {
            textDocument: { uri, languageId: 'rehab', version: 1, text: readFileSync(example, 'utf8') }
        });
        await diagnostics;
        await connection.sendRequest('shutdown');
        connection.sendNotification('exit');
        await closed;
    } finally {
        clearTimeout(timer);
        connection.dispose();
    }
}

try {
    warmCli();
    await warmServer();
} catch (e) {
    console.warn(`code cache not written (start-up will be slower, nothing else changes): ${e instanceof Error ? e.message : e}`);
}
