import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { builtinModules } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM_PATH, launchChromium, OUTPUT_DIR } from '../browser/chromium.js';
import { ROOT } from './web-helpers.js';

// The web extension's bundles (built by esbuild.mjs, which the test run's global setup runs): no Node
// built-ins in them, and the language server answering over LSP in Chromium, in a worker and in-process.

const OUT = join(ROOT, 'out');
const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map(m => `node:${m}`)]);

/** Modules a bundle loads at run time: bare require("x") calls, static and dynamic imports. */
function loadedModules(code: string): string[] {
    const found = new Set<string>();
    // `kp.require("util")` (lodash probing for Node inside a try) is a method call, not a module load.
    for (const m of code.matchAll(/(?<![.\w$])require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) found.add(m[1]);
    // A static import statement (a message like `Cannot import "x": …` is not one: no semicolon or line end).
    for (const m of code.matchAll(/(?:^|[;}\n])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']\s*(?:;|$)/gm)) found.add(m[1]);
    for (const m of code.matchAll(/(?<![.\w$])import\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) found.add(m[1]);
    return [...found].sort();
}

describe('the web extension bundles', () => {
    test.each([
        ['client-browser.js', ['vscode']],
        ['server-browser.js', []]
    ])('%s loads no Node built-ins (only %j)', (file, allowed) => {
        const code = readFileSync(join(OUT, file), 'utf8');
        const modules = loadedModules(code);
        expect(modules.filter(m => NODE_BUILTINS.has(m))).toEqual([]);
        expect(modules.filter(m => !allowed.includes(m))).toEqual([]);
        expect(code).not.toMatch(/\bprocess\.binding\(|__non_webpack_require__/);
    });

    test('package.json names the browser entry, and it exists', () => {
        const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
        expect(pkg.browser).toBe('./out/client-browser.js');
        expect(readdirSync(OUT)).toEqual(expect.arrayContaining(['client-browser.js', 'server-browser.js']));
    });
});

const EXAMPLES = join(ROOT, 'examples');
const WORKSPACE = 'file:///workspace';
const FILES: Record<string, string> = {
    'shop-worker-standing.rehab': readFileSync(join(EXAMPLES, 'shop-worker-standing.rehab'), 'utf8'),
    'library/clinic-exercises.rehab': readFileSync(join(EXAMPLES, 'library', 'clinic-exercises.rehab'), 'utf8'),
    'return-to-running.rehab': readFileSync(join(EXAMPLES, 'return-to-running.rehab'), 'utf8').replace(
        /progress run-time \+10 % every week/,
        'progress run-time +25 % every week'
    )
};

interface PublishedDiagnostics {
    uri: string;
    diagnostics: Array<{ code?: string; message: string; severity?: number }>;
}

/**
 * In the page: an LSP client over `send`/`onMessage` that answers the server's rehab/fs requests from `files`,
 * initializes with one workspace folder, opens `open` and resolves with the first diagnostics of each.
 */
function driveServer(page: Page, start: 'worker' | 'in-process', open: string[]): Promise<PublishedDiagnostics[]> {
    return page.evaluate(
        async ({ start, root, files, open }) => {
            let send: (message: unknown) => void;
            let onMessage: (handler: (message: any) => void) => void;
            if (start === 'worker') {
                const worker = new Worker('/server-browser.js');
                send = m => worker.postMessage(m);
                onMessage = h => worker.addEventListener('message', e => h(e.data));
            } else {
                const { reader, writer } = (globalThis as any).startRehabInProcess();
                send = m => void writer.write(m);
                onMessage = h => reader.listen(h);
            }
            const pending = new Map<number, (result: unknown) => void>();
            const published = new Map<string, unknown>();
            let nextId = 1;
            const request = (method: string, params: unknown) =>
                new Promise(resolve => {
                    const id = nextId++;
                    pending.set(id, resolve);
                    send({ jsonrpc: '2.0', id, method, params });
                });
            const notify = (method: string, params: unknown) => send({ jsonrpc: '2.0', method, params });
            const pathOf = (uri: string) => (uri.startsWith(root + '/') ? uri.slice(root.length + 1) : uri === root ? '' : undefined);
            const names = Object.keys(files);
            onMessage(message => {
                if (message.id !== undefined && message.method === undefined) {
                    pending.get(message.id)?.(message.result);
                    return;
                }
                if (message.method === 'textDocument/publishDiagnostics') {
                    if (!published.has(message.params.uri)) published.set(message.params.uri, message.params);
                    return;
                }
                if (message.id === undefined) return;
                const path = pathOf(message.params?.uri ?? '');
                let result: unknown = null;
                if (message.method === 'rehab/fs/readDirectory' && path !== undefined) {
                    const prefix = path === '' ? '' : path + '/';
                    const entries = new Map<string, string>();
                    for (const name of names.filter(n => n.startsWith(prefix))) {
                        const rest = name.slice(prefix.length);
                        entries.set(rest.split('/')[0], rest.includes('/') ? 'directory' : 'file');
                    }
                    result = [...entries].map(([name, type]) => ({ uri: `${root}/${prefix}${name}`, type }));
                } else if (message.method === 'rehab/fs/readFile' && path !== undefined) {
                    result = files[path] ?? null;
                } else if (message.method === 'rehab/fs/stat' && path !== undefined) {
                    result =
                        files[path] !== undefined
                            ? { type: 'file' }
                            : names.some(n => n.startsWith(path + '/'))
                              ? { type: 'directory' }
                              : null;
                }
                send({ jsonrpc: '2.0', id: message.id, result });
            });
            await request('initialize', {
                processId: null,
                rootUri: root,
                capabilities: {},
                workspaceFolders: [{ uri: root, name: 'workspace' }],
                initializationOptions: { displayLanguage: 'en' }
            });
            notify('initialized', {});
            for (const name of open) {
                notify('textDocument/didOpen', {
                    textDocument: { uri: `${root}/${name}`, languageId: 'rehab', version: 1, text: files[name] }
                });
            }
            const uris = open.map(name => `${root}/${name}`);
            while (!uris.every(uri => published.has(uri))) await new Promise(resolve => setTimeout(resolve, 50));
            return uris.map(uri => published.get(uri)) as any;
        },
        { start, root: WORKSPACE, files: FILES, open }
    );
}

describe.skipIf(!CHROMIUM_PATH)('the browser language server in Chromium', () => {
    let browser: Browser;
    let server: Server;
    let origin: string;
    let inProcessScript: string;

    beforeAll(async () => {
        const built = await esbuild.build({
            entryPoints: [join(ROOT, 'tests', 'web', 'in-process-entry.ts')],
            bundle: true,
            platform: 'browser',
            format: 'iife',
            target: 'es2022',
            write: false,
            minify: true,
            logLevel: 'warning',
            outfile: join(OUTPUT_DIR, 'web', 'in-process.js'),
            define: { 'import.meta.url': 'undefined' }
        });
        inProcessScript = built.outputFiles[0].text;
        const files = sirv(OUT, { dev: true });
        server = createServer((req, res) => {
            if (req.url === '/') {
                res.setHeader('Content-Type', 'text/html');
                res.end('<!DOCTYPE html><title>server test</title>');
            } else if (req.url === '/in-process.js') {
                res.setHeader('Content-Type', 'text/javascript');
                res.end(inProcessScript);
            } else {
                files(req, res);
            }
        });
        await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
        origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        browser = await launchChromium();
    }, 60000);

    afterAll(async () => {
        await browser?.close();
        server?.closeAllConnections();
        await new Promise(resolve => server?.close(resolve));
    });

    test.each(['worker', 'in-process'] as const)(
        'the browser language server (%s) publishes diagnostics for examples, imports read through the client',
        async start => {
            const page = await browser.newPage();
            const errors: string[] = [];
            page.on('pageerror', e => errors.push(e.message));
            await page.goto(`${origin}/`);
            if (start === 'in-process') await page.addScriptTag({ url: '/in-process.js' });
            const [shop, running] = await driveServer(page, start, ['shop-worker-standing.rehab', 'return-to-running.rehab']);
            // The import of library/clinic-exercises.rehab resolved: no reference errors.
            expect(shop.diagnostics.filter(d => d.code === 'reference' || d.code === 'syntax')).toEqual([]);
            expect(running.diagnostics.map(d => d.code)).toContain('PF033');
            expect(errors).toEqual([]);
            await page.close();
        },
        60000
    );
});
