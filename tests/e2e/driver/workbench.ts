// A small page object over code-server's workbench: what a person does with keyboard and mouse,
// expressed with locators that wait for the workbench to get there (never with fixed delays).
import type { FrameLocator, Locator, Page } from 'playwright-core';

/** Generous, because the first language server start on a 2-core machine takes a while. */
export const SLOW = 60_000;

export class Workbench {
    constructor(readonly page: Page) {}

    /** Opens the workbench on a folder and waits until the status bar and explorer are there. */
    static async open(page: Page, url: string, folder: string): Promise<Workbench> {
        await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`);
        const workbench = new Workbench(page);
        await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: SLOW });
        await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: SLOW });
        return workbench;
    }

    /**
     * Waits until `target` is visible, failing at once with the dialog's text if the workbench shows
     * an error dialog instead (a command that threw, a missing command).
     */
    async see(target: Locator, timeout = SLOW): Promise<void> {
        const dialog = this.page.locator('.monaco-dialog-box');
        // No dialog within the timeout is not this race's failure: it never settles then.
        const failed = dialog.waitFor({ timeout }).then(
            async () => {
                throw new Error(`the workbench shows a dialog: ${(await dialog.innerText()).replace(/\s+/g, ' ')}`);
            },
            () => new Promise<never>(() => undefined)
        );
        failed.catch(() => undefined);
        await Promise.race([target.first().waitFor({ timeout }), failed]);
    }

    /** Closes dialogs, menus, hovers and quick inputs a previous step may have left open. */
    async reset(): Promise<void> {
        const dialog = this.page.locator('.monaco-dialog-box');
        if (await dialog.isVisible()) await dialog.locator('.dialog-buttons a, .dialog-buttons button').first().click();
        for (const open of ['.quick-input-widget', '.action-widget', '.monaco-hover:not(.hidden)']) {
            if (await this.page.locator(open).first().isVisible()) await this.page.keyboard.press('Escape');
        }
    }

    private get quickInput(): Locator {
        return this.page.locator('.quick-input-widget');
    }

    /** Runs a command from the palette by its full label, e.g. "Rehab: Open Preview to the Side". */
    async runCommand(label: string): Promise<void> {
        await this.page.keyboard.press('F1');
        const input = this.quickInput.locator('.quick-input-box input');
        await input.waitFor();
        await input.fill(`>${label}`);
        const row = this.quickInput.locator('.monaco-list-row', { hasText: label }).first();
        await row.waitFor({ timeout: SLOW });
        await row.click();
        await this.quickInput.waitFor({ state: 'hidden' });
    }

    /** Opens a workspace file through Quick Open and waits for its editor tab to be active. */
    async openFile(name: string): Promise<void> {
        await this.page.keyboard.press('Control+P');
        const input = this.quickInput.locator('.quick-input-box input');
        await input.waitFor();
        await input.fill(name);
        const row = this.quickInput.locator('.monaco-list-row', { hasText: name }).first();
        await row.waitFor({ timeout: SLOW });
        await row.click();
        await this.activeTab(name).waitFor({ timeout: SLOW });
        await this.editor.waitFor();
    }

    activeTab(name: string): Locator {
        // The active group's tab whose label is exactly the file name (a preview's tab mentions it too).
        return this.page.locator('.editor-group-container.active .tab.active .label-name', {
            hasText: new RegExp(`^${escapeRegExp(name)}$`)
        });
    }

    /** The text editor in the active editor group. */
    get editor(): Locator {
        return this.page.locator('.editor-group-container.active .monaco-editor').first();
    }

    /** A status bar entry by its VS Code id, e.g. "status.editor.mode". */
    statusItem(id: string): Locator {
        return this.page.locator(`[id="${id}"]`);
    }

    /** Moves the cursor to a line (1-based) with Go to Line, which also scrolls it into view. */
    async goToLine(line: number, column = 1): Promise<void> {
        await this.editor.click({ position: { x: 200, y: 10 } });
        await this.page.keyboard.press('Control+G');
        const input = this.quickInput.locator('.quick-input-box input');
        await input.waitFor();
        await input.fill(`:${line}:${column}`);
        await this.page.keyboard.press('Enter');
        await this.quickInput.waitFor({ state: 'hidden' });
    }

    /** A rendered editor line whose text contains `text` (Monaco renders spaces as U+00A0). */
    editorLine(text: string | RegExp): Locator {
        const pattern = typeof text === 'string' ? new RegExp(escapeRegExp(text).replace(/ /g, '[ \\u00a0]')) : text;
        return this.editor.locator('.view-lines .view-line', { hasText: pattern });
    }

    /**
     * Selects the first occurrence of `text` on a line and types `replacement` over it, as a person
     * would (the replacement must not hold brackets or quotes, which the editor would auto-close).
     */
    async replaceOnLine(line: number, lineText: string, text: string, replacement: string): Promise<void> {
        const column = lineText.indexOf(text) + 1;
        if (column === 0) throw new Error(`line ${line} has no "${text}"`);
        await this.goToLine(line, column);
        for (let i = 0; i < text.length; i++) await this.page.keyboard.press('Shift+ArrowRight');
        await this.page.keyboard.type(replacement);
    }

    /** Moves the mouse over the first occurrence of `word` in the visible editor lines. */
    async hoverWord(word: string): Promise<void> {
        const line = this.editorLine(word).first();
        await line.waitFor();
        const box = await line.evaluate((element, needle) => {
            const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            // The grammar may split a word over several token spans, so search the joined text.
            const nodes: Text[] = [];
            let all = '';
            for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
                nodes.push(n);
                all += n.data;
            }
            const start = all.indexOf(needle);
            if (start < 0) return undefined;
            let offset = 0;
            for (const node of nodes) {
                if (start < offset + node.data.length) {
                    const range = document.createRange();
                    range.setStart(node, start - offset);
                    range.setEnd(node, Math.min(node.data.length, start - offset + 2));
                    const r = range.getBoundingClientRect();
                    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
                }
                offset += node.data.length;
            }
            return undefined;
        }, word);
        if (!box) throw new Error(`"${word}" is not on a visible editor line`);
        await this.page.mouse.move(box.x, box.y);
    }

    /**
     * Hover widgets while they are shown. Not narrowed to the first: the workbench keeps other
     * hover elements (status bar, tooltips) that may come first in the page.
     */
    get hover(): Locator {
        return this.page.locator('.monaco-hover:not(.hidden)');
    }

    /**
     * Hovers `word` until a hover containing `text` shows. A hover asked for while the language
     * server is still building the document comes back empty, and the editor does not ask again
     * until the pointer moves, so move off and back on (and ask by keyboard too) a few times.
     */
    async hoverUntil(word: string, text: RegExp, timeout = SLOW): Promise<void> {
        const wanted = this.hover.filter({ hasText: text }).first();
        const started = Date.now();
        for (let attempt = 0; ; attempt++) {
            await this.page.mouse.move(5, 5);
            await this.hoverWord(word);
            if (attempt % 2 === 1) await this.page.keyboard.press('Control+K').then(() => this.page.keyboard.press('Control+I'));
            try {
                await wanted.waitFor({ timeout: 8_000 });
                return;
            } catch (error) {
                if (Date.now() - started > timeout) throw error;
            }
        }
    }

    /** Rows of the Problems panel, opened (and focused) first. */
    async problems(): Promise<Locator> {
        await this.runCommand('Problems: Focus on Problems View');
        const panel = this.page.locator('.markers-panel');
        await panel.waitFor();
        return panel.locator('.monaco-list-row');
    }

    /** Hides the bottom panel (Problems, Output, …) when it is shown, for more editor height. */
    async hidePanel(): Promise<void> {
        const panel = this.page.locator('.part.panel');
        if (await panel.isVisible()) {
            await this.runCommand('View: Hide Panel');
            await panel.waitFor({ state: 'hidden' });
        }
    }

    /** The content of the webview panel (VS Code nests the document in an inner frame). */
    webview(): FrameLocator {
        return this.page.frameLocator('iframe.webview.ready').first().frameLocator('#active-frame');
    }

    /**
     * The rows of the Outline view with only the top symbol expanded, so its children (a plan's
     * phases) are all on screen however long the plan is.
     */
    async outlineTopLevel(): Promise<Locator> {
        await this.runCommand('Explorer: Focus on Outline View');
        const view = this.page.locator('.pane', { has: this.page.locator('.outline-pane') });
        const rows = view.locator('.outline-pane .monaco-list-row');
        await rows.first().waitFor({ timeout: SLOW });
        // The view's title actions show while the pointer is over its header.
        await view.locator('.pane-header').hover();
        await view.locator('.pane-header .action-label[aria-label="Collapse All"]').click();
        await rows.first().locator('.monaco-tl-twistie.collapsed').waitFor();
        await rows.first().locator('.monaco-tl-twistie').click();
        await rows.first().locator('.monaco-tl-twistie:not(.collapsed)').waitFor();
        return rows;
    }

    async screenshot(path: string): Promise<void> {
        await this.page.screenshot({ path });
    }
}

export function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
