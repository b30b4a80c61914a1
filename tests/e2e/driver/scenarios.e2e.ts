// What a clinician does with the extension in a real VS Code (code-server's workbench in headless
// Chromium). Started by tests/e2e/run.sh, which provides code-server and the environment.
// Each scenario saves a screenshot named after it into test-output/e2e/ (".failed" when it fails).
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { builtinCues, phaseIds, planTitle, prepareWorkspace, readEnv, type Workspace } from './fixtures.js';
import { runInHostTests } from './in-host.js';
import { escapeRegExp, SLOW, Workbench } from './workbench.js';

const env = readEnv();
const only = process.env.REHAB_E2E_ONLY;
let context: BrowserContext;
let workbench: Workbench;
let files: Workspace;

function skipped(name: string): boolean {
    return only !== undefined && !name.toLowerCase().includes(only.toLowerCase());
}

function scenario(name: string, body: () => Promise<void>): void {
    void it(name, { timeout: 3 * SLOW, skip: skipped(name) }, async () => {
        const shot = (suffix: string) => workbench.screenshot(path.join(env.output, `${slug(name)}${suffix}.png`));
        try {
            await workbench.reset();
            await body();
        } catch (error) {
            await shot('.failed').catch(() => undefined);
            throw error;
        }
        await shot('');
    });
}

/** Polls a condition (for a process, not for the page: the page is waited on with locators). */
async function waitUntil(condition: () => boolean, timeout = SLOW): Promise<void> {
    const started = Date.now();
    while (!condition()) {
        if (Date.now() - started > timeout) throw new Error('condition not met in time');
        await new Promise(resolve => setTimeout(resolve, 200));
    }
}

function slug(name: string): string {
    return name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
}

void describe('the Rehab extension in code-server', { concurrency: 1 }, () => {
    before(async () => {
        files = prepareWorkspace(env);
        context = await chromium.launchPersistentContext(env.profile, {
            executablePath: '/usr/bin/chromium',
            headless: true,
            args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
            viewport: { width: 1440, height: 900 }
        });
        const page = context.pages()[0] ?? (await context.newPage());
        workbench = await Workbench.open(page, env.url, env.workspace);
    });

    after(async () => {
        await context?.close();
    });

    scenario('open an example plan: the language mode is Rehab', async () => {
        await workbench.openFile(files.example.name);
        await workbench.see(workbench.statusItem('status.editor.mode').filter({ hasText: /^Rehab$/ }));
    });

    scenario('a plan whose running grows 25 % a week shows PF033 in Problems', async () => {
        await workbench.openFile(files.tooFast.name);
        const rows = await workbench.problems();
        await workbench.see(rows.filter({ hasText: files.tooFast.name }));
        // The rule id and the line of the "+25 %" progression, as the Problems panel shows them.
        await workbench.see(rows.filter({ hasText: 'PF033' }).filter({ hasText: `Ln ${files.tooFast.lineOf('+25 %')},` }));
    });

    scenario('hovering an exercise shows its cue', async () => {
        await workbench.openFile(files.example.name);
        const line = files.example.lineOf('do heel-raise');
        // The cursor on the word too, for the keyboard's Show Hover.
        await workbench.goToLine(line, files.example.text.split('\n')[line - 1].indexOf('heel-raise') + 2);
        const cues = builtinCues(env.root, 'heel-raise').map(cue => escapeRegExp(cue.slice(0, 24)));
        await workbench.hoverUntil('heel-raise', new RegExp(cues.join('|')));
    });

    scenario('the quick fix from the light bulb sets +10 % and the problem goes', async () => {
        await workbench.openFile(files.tooFast.name);
        const rows = await workbench.problems();
        const problem = rows.filter({ hasText: 'PF033' }).first();
        await workbench.see(problem);
        // Opening the problem puts the cursor on it in the editor, where the light bulb offers its fixes.
        await problem.click();
        await workbench.page.keyboard.press('Enter');
        await workbench.see(workbench.editor.locator('.lightBulbWidget'));
        await workbench.editor.locator('.lightBulbWidget').click();
        // The first fix is focused; VS Code blocks the pointer while the menu opens, so apply it as
        // its tooltip says: with Enter.
        await workbench.page.locator('.action-widget .monaco-list-row.action.focused').waitFor();
        await workbench.page.keyboard.press('Enter');
        await workbench.see(workbench.editorLine('progress run-time +10 %'));
        await problem.waitFor({ state: 'detached', timeout: SLOW });
    });

    scenario('Open Preview to the Side shows the timeline and the plan title', async () => {
        await workbench.openFile(files.previewed.name);
        // The panel would leave the preview too short to show the title and the timeline together.
        await workbench.hidePanel();
        await workbench.runCommand('Rehab: Open Preview to the Side');
        const view = workbench.webview();
        await workbench.see(view.locator('h1', { hasText: planTitle(files.previewed.text) }));
        await workbench.see(view.locator('svg.timeline'));
        await view.locator('svg.timeline').scrollIntoViewIfNeeded();
    });

    scenario('editing the plan updates the preview', async () => {
        await workbench.openFile(files.previewed.name);
        // Opens the preview if the previous scenario did not (the command reveals an open one).
        await workbench.runCommand('Rehab: Open Preview to the Side');
        await workbench.see(workbench.webview().locator('h1', { hasText: planTitle(files.previewed.text) }));
        await workbench.openFile(files.previewed.name);
        const line = files.previewed.lineOf('plan ');
        const lineText = files.previewed.text.split('\n')[line - 1];
        const title = 'Edited while the preview is open';
        await workbench.replaceOnLine(line, lineText, planTitle(files.previewed.text), title);
        const view = workbench.webview();
        await workbench.see(view.locator('h1', { hasText: title }));
        // Still a whole plan after the edit, not just a title over a parse error.
        await workbench.see(view.locator('svg.timeline'));
        await view.locator('svg.timeline').scrollIntoViewIfNeeded();
    });

    scenario('the outline shows the phases', async () => {
        await workbench.openFile(files.example.name);
        const rows = await workbench.outlineTopLevel();
        for (const phase of phaseIds(files.example.text)) {
            await workbench.see(rows.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(phase)}$`) }));
        }
    });

    scenario('a crashed language server is restarted and diagnostics keep coming', async () => {
        await workbench.openFile(files.previewed.name);
        const servers = () =>
            execFileSync('pgrep', ['-f', 'rehab-lang-[0-9.]+/out/server.cjs'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
        const before = servers();
        assert.ok(before.length > 0, 'the extension started a language server');
        execFileSync('kill', ['-9', ...before]);
        // The language client restarts a server that died; a new process appears and answers again.
        await waitUntil(() => {
            try {
                return servers().some(pid => !before.includes(pid));
            } catch {
                return false;
            }
        });
        const line = files.previewed.lineOf('weeks 13-26');
        const lineText = files.previewed.text.split('\n')[line - 1];
        await workbench.replaceOnLine(line, lineText, 'weeks 13-26', 'weeks 14-26');
        const rows = await workbench.problems();
        await workbench.see(rows.filter({ hasText: 'RP002' }));
    });

    const inHost = "the tests/vscode suite passes inside code-server's extension host";
    void it(inHost, { timeout: 5 * SLOW, skip: skipped(inHost) }, async () => {
        const suite = process.env.REHAB_E2E_IN_HOST_SUITE ?? path.join(env.root, 'tests/vscode/suite/index.cjs');
        const result = await runInHostTests(context, env, suite, 4 * SLOW);
        for (const line of result.log) console.log(`    ${line}`);
        assert.equal(result.code, 0, 'the extension host reported failing tests');
    });
});
