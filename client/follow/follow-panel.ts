import * as vscode from 'vscode';
import { followDiary, renderFollowHtml, type DiaryIssue } from '../../language/follow/index.js';
import { planLanguage } from '../../language/words/plan-words.js';
import { createNonce, placeholderHtml, type WebviewSecurity } from '../preview/webview-html.js';
import { loadPlan } from './load-plan.js';

const VIEW_TYPE = 'rehab.follow';
const DEBOUNCE_MS = 300;

/** "Rehab: Follow Patient Diary…": picks a CSV and shows the follow-up beside the plan, kept up to date. */
export function registerFollow(context: vscode.ExtensionContext): void {
    const diagnostics = vscode.languages.createDiagnosticCollection('rehab-follow');
    const panels = new Set<FollowPanel>();
    context.subscriptions.push(
        diagnostics,
        {
            dispose: () => {
                for (const p of panels) p.dispose();
            }
        },
        vscode.commands.registerCommand('rehab.followDiary', async (uri?: vscode.Uri) => {
            const active = vscode.window.activeTextEditor?.document;
            const plan =
                uri instanceof vscode.Uri && uri.path.endsWith('.rehab')
                    ? uri
                    : active?.uri.path.endsWith('.rehab')
                      ? active.uri
                      : undefined;
            if (!plan) {
                void vscode.window.showWarningMessage('Open a .rehab plan, then follow a patient diary with it.');
                return;
            }
            const picked = await vscode.window.showOpenDialog({
                canSelectMany: false,
                openLabel: 'Follow Diary',
                title: 'Pick the patient’s pain diary (CSV)',
                defaultUri: vscode.Uri.joinPath(plan, '..'),
                filters: { 'Pain diary (CSV)': ['csv', 'txt'] }
            });
            if (!picked?.[0]) return;
            const panel = new FollowPanel(plan, picked[0], diagnostics, () => panels.delete(panel));
            panels.add(panel);
        })
    );
}

class FollowPanel implements vscode.Disposable {
    private readonly panel: vscode.WebviewPanel;
    private readonly disposables: vscode.Disposable[] = [];
    private timer?: ReturnType<typeof setTimeout>;
    private renderId = 0;

    constructor(
        private readonly plan: vscode.Uri,
        private readonly diary: vscode.Uri,
        private readonly diagnostics: vscode.DiagnosticCollection,
        onDispose: () => void
    ) {
        // No scripts: the page is a static report; its styles carry the nonce of each render.
        this.panel = vscode.window.createWebviewPanel(
            VIEW_TYPE,
            `Follow ${basename(diary)}`,
            { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
            { enableScripts: false, enableCommandUris: false, localResourceRoots: [] }
        );
        const watcher = vscode.workspace.createFileSystemWatcher(
            new vscode.RelativePattern(vscode.Uri.joinPath(diary, '..'), basename(diary))
        );
        const soon = () => this.schedule();
        this.disposables.push(
            watcher,
            watcher.onDidChange(soon),
            watcher.onDidCreate(soon),
            watcher.onDidDelete(soon),
            vscode.workspace.onDidChangeTextDocument(e => {
                if (this.isMine(e.document.uri)) soon();
            }),
            vscode.workspace.onDidSaveTextDocument(d => {
                if (this.isMine(d.uri)) soon();
            }),
            this.panel.onDidDispose(() => {
                this.dispose();
                onDispose();
            })
        );
        void this.render();
    }

    dispose(): void {
        clearTimeout(this.timer);
        this.diagnostics.delete(this.diary);
        for (const d of this.disposables.splice(0)) d.dispose();
        this.panel.dispose();
    }

    private isMine(uri: vscode.Uri): boolean {
        return uri.toString() === this.plan.toString() || uri.toString() === this.diary.toString();
    }

    private schedule(): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.render(), DEBOUNCE_MS);
    }

    private async render(): Promise<void> {
        const id = ++this.renderId;
        const security: WebviewSecurity = { cspSource: this.panel.webview.cspSource, scriptUri: '' };
        let page: string;
        try {
            const planText = await textOf(this.plan);
            const diaryText = await textOf(this.diary);
            const loaded = await loadPlan(this.plan.toString(), planText, uri =>
                vscode.workspace.textDocuments.find(d => d.uri.toString() === uri)?.getText()
            );
            const plan = loaded.model.plan;
            if (!plan || loaded.errors.length > 0) {
                const what = plan ? `has ${loaded.errors.length} error${loaded.errors.length === 1 ? '' : 's'}` : 'holds no plan';
                page = placeholderHtml(
                    `${basename(this.plan)} ${what}: the diary is followed once the plan checks without errors (see Problems).`,
                    security
                );
            } else {
                const result = followDiary(plan, diaryText, { language: planLanguage(plan) });
                this.diagnostics.set(this.diary, result.issues.map(toDiagnostic));
                const { diary: _diary, ...plain } = result;
                page = renderFollowHtml(plain, { mode: 'editor', nonce: createNonce(), cspSource: security.cspSource, title: plan.title });
            }
        } catch (error) {
            page = placeholderHtml(`The diary could not be followed: ${error instanceof Error ? error.message : String(error)}`, security);
        }
        if (id !== this.renderId) return;
        this.panel.webview.html = page;
    }
}

/** An open editor's text (unsaved edits included), else the file on disk. */
async function textOf(uri: vscode.Uri): Promise<string> {
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    if (open) return open.getText();
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
}

function toDiagnostic(issue: DiaryIssue): vscode.Diagnostic {
    const line = Math.max(0, issue.line - 1);
    const d = new vscode.Diagnostic(
        new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER),
        issue.message,
        issue.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning
    );
    d.source = 'rehab follow';
    return d;
}

function basename(uri: vscode.Uri): string {
    return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
