// Runs the @vscode/test-electron mocha suite (tests/vscode/suite) inside code-server's extension
// host: the web workbench reads extensionDevelopmentPath and extensionTestsPath from the URL's
// `payload`, runs the suite when the window opens, and reports its exit code through
// window.codeAutomationExit, which is exposed here.
import { format, stripVTControlCharacters } from 'node:util';
import type { BrowserContext, ConsoleMessage } from 'playwright-core';
import type { E2eEnv } from './fixtures.js';

export interface InHostResult {
    /** The extension host's exit code: 0 when every test passed. */
    code: number;
    /** What the extension host logged (mocha's report among it). */
    log: string[];
}

/** The URL of a workbench window that develops the extension at `root` and runs its tests. */
export function inHostTestUrl(env: E2eEnv, testsPath: string): string {
    // Paths on the code-server side are vscode-remote URIs on the address the page was loaded from.
    const remote = (file: string) => `vscode-remote://${new URL(env.url).host}${encodeURI(file)}`;
    const payload = [
        ['extensionDevelopmentPath', remote(env.root)],
        ['extensionTestsPath', remote(testsPath)],
        ['skipWelcome', 'true']
    ];
    return `${env.url}/?folder=${encodeURIComponent(env.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

export async function runInHostTests(context: BrowserContext, env: E2eEnv, testsPath: string, timeout: number): Promise<InHostResult> {
    const page = await context.newPage();
    const log: string[] = [];
    // Handlers run one after the other so the log keeps the console's order.
    let pending = Promise.resolve();
    const onConsole = (message: ConsoleMessage) => {
        pending = pending.then(async () => {
            const args = await Promise.all(message.args().map(a => a.jsonValue().catch(() => '?')));
            const line = logLine(args);
            if (line !== undefined) log.push(line);
        });
    };
    page.on('console', onConsole);
    try {
        let exit: (code: number) => void = () => undefined;
        const exited = new Promise<number>(resolve => {
            exit = resolve;
        });
        await page.exposeFunction('codeAutomationExit', (code: number) => exit(code));
        await page.goto(inHostTestUrl(env, testsPath));
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<never>((_, reject) => {
            timer = setTimeout(
                () => reject(new Error(`the in-host tests did not finish within ${timeout} ms; last lines:\n${log.slice(-20).join('\n')}`)),
                timeout
            );
        });
        try {
            const code = await Promise.race([exited, timedOut]);
            await pending;
            return { code, log };
        } finally {
            clearTimeout(timer);
        }
    } finally {
        page.off('console', onConsole);
        await page.close();
    }
}

/** The workbench's own start-up chatter, not the suite's. */
const NOISE =
    /^(Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin extensions cache|\[Service Worker\])/;

/**
 * The workbench logs what the extension host prints as ["%c INFO", "color: …", format, ...args]
 * (ERR for errors); anything else is the browser's own and is shown only with REHAB_E2E_DEBUG.
 */
function logLine(args: unknown[]): string | undefined {
    const [level, style, ...rest] = args;
    if (typeof level === 'string' && /^%c\s*(INFO|WARN|ERR)/.test(level) && typeof style === 'string' && rest.length > 0) {
        const text = stripVTControlCharacters(format(...rest));
        return NOISE.test(text) ? undefined : text;
    }
    return process.env.REHAB_E2E_DEBUG ? stripVTControlCharacters(format(...args)) : undefined;
}
