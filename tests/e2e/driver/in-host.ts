// Runs the @vscode/test-electron mocha suite (tests/vscode/suite) inside code-server's extension
// host: the web workbench reads extensionDevelopmentPath and extensionTestsPath from the URL's
// `payload`, runs the suite when the window opens, and reports its exit code through
// window.codeAutomationExit, which is exposed here.
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
    const onConsole = (message: ConsoleMessage) => {
        // The extension host's console reaches the page as "%c[Extension Host] %c…" with styles.
        const text = message.text();
        if (process.env.REHAB_E2E_DEBUG || text.includes('[Extension Host]')) log.push(text.replace(/%c/g, '').replace(/color: [^ ]+ ?/g, '').trim());
    };
    page.on('console', onConsole);
    try {
        let exit: (code: number) => void = () => undefined;
        const exited = new Promise<number>(resolve => { exit = resolve; });
        await page.exposeFunction('codeAutomationExit', (code: number) => exit(code));
        await page.goto(inHostTestUrl(env, testsPath));
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`the in-host tests did not finish within ${timeout} ms`)), timeout);
        });
        try {
            return { code: await Promise.race([exited, timedOut]), log };
        } finally {
            clearTimeout(timer);
        }
    } finally {
        page.off('console', onConsole);
        await page.close();
    }
}
