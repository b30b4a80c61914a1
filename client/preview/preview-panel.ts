import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
    PREVIEW_REQUEST,
    parsePreviewState,
    parseWebviewMessage,
    type ExtensionToWebview,
    type PreviewResult
} from '../../language/render/preview-protocol.js';
import { exportHandout } from './export-handout.js';
import { placeholderHtml, previewParams, type WebviewSecurity } from './webview-html.js';

const VIEW_TYPE = 'rehab.preview';
const DEBOUNCE_MS = 300;

export function registerPreview(context: vscode.ExtensionContext, client: LanguageClient): void {
    const preview = new RehabPreview(context, client);
    context.subscriptions.push(
        preview,
        vscode.commands.registerCommand('rehab.openPreview', (uri?: vscode.Uri) => preview.open(vscode.ViewColumn.Active, uri)),
        vscode.commands.registerCommand('rehab.openPreviewToSide', (uri?: vscode.Uri) => preview.open(vscode.ViewColumn.Beside, uri)),
        vscode.commands.registerCommand('rehab.exportHandout', (uri?: vscode.Uri) =>
            exportHandout(client, uri instanceof vscode.Uri ? uri : preview.planUri())
        ),
        vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
            deserializeWebviewPanel: (panel, state) => Promise.resolve(preview.restore(panel, state))
        }),
        vscode.window.onDidChangeActiveTextEditor(editor => preview.follow(editor)),
        vscode.workspace.onDidChangeTextDocument(event => preview.changed(event.document))
    );
}

function isPlan(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
    return !!document && (document.languageId === 'rehab' || document.uri.path.endsWith('.rehab'));
}

/**
 * One preview panel that follows the active plan. Renders are numbered: a response that is not
 * the newest request's is dropped, so fast typing never shows an older text after a newer one.
 */
class RehabPreview implements vscode.Disposable {
    private panel?: vscode.WebviewPanel;
    private uri?: vscode.Uri;
    private scrollY = 0;
    private requestId = 0;
    private timer?: ReturnType<typeof setTimeout>;
    private readonly disposables: vscode.Disposable[] = [];

    constructor(
        private readonly context: vscode.ExtensionContext,
        private readonly client: LanguageClient
    ) {}

    planUri(): vscode.Uri | undefined {
        const active = vscode.window.activeTextEditor?.document;
        return isPlan(active) ? active.uri : this.uri;
    }

    open(column: vscode.ViewColumn, uri?: vscode.Uri): void {
        const target = uri instanceof vscode.Uri ? uri : this.planUri();
        if (!target) {
            void vscode.window.showWarningMessage('Open a .rehab plan to preview it.');
            return;
        }
        if (this.panel) {
            this.panel.reveal(column, true);
        } else {
            const panel = vscode.window.createWebviewPanel(
                VIEW_TYPE,
                'Rehab Preview',
                { viewColumn: column, preserveFocus: true },
                this.webviewOptions()
            );
            this.attach(panel);
        }
        this.show(target, target.toString() === this.uri?.toString() ? this.scrollY : 0);
    }

    restore(panel: vscode.WebviewPanel, rawState: unknown): void {
        const state = parsePreviewState(rawState);
        panel.webview.options = this.webviewOptions();
        this.attach(panel);
        if (state.uri) this.show(vscode.Uri.parse(state.uri), state.scrollY ?? 0);
        else panel.webview.html = placeholderHtml('Open a .rehab plan to preview it.', this.security(panel));
    }

    follow(editor: vscode.TextEditor | undefined): void {
        if (!this.panel || !isPlan(editor?.document)) return;
        if (editor.document.uri.toString() !== this.uri?.toString()) this.show(editor.document.uri, 0);
    }

    changed(document: vscode.TextDocument): void {
        if (!this.panel || document.uri.toString() !== this.uri?.toString()) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.render(), DEBOUNCE_MS);
    }

    dispose(): void {
        clearTimeout(this.timer);
        this.panel?.dispose();
        for (const d of this.disposables.splice(0)) d.dispose();
    }

    private webviewOptions(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
        // No retainContextWhenHidden: the webview's own state (setState) and the serializer carry it.
        return {
            enableScripts: true,
            enableCommandUris: false,
            localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'media')]
        };
    }

    private security(panel: vscode.WebviewPanel): WebviewSecurity {
        const script = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'preview.js');
        return { cspSource: panel.webview.cspSource, scriptUri: panel.webview.asWebviewUri(script).toString() };
    }

    private attach(panel: vscode.WebviewPanel): void {
        this.panel = panel;
        panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'preview-icon.svg');
        this.disposables.push(
            panel.onDidDispose(() => {
                if (this.panel === panel) this.panel = undefined;
                clearTimeout(this.timer);
            }),
            panel.webview.onDidReceiveMessage(raw => this.receive(raw))
        );
    }

    private show(uri: vscode.Uri, scrollY: number): void {
        this.uri = uri;
        this.scrollY = scrollY;
        if (this.panel) this.panel.title = `Preview ${uri.path.slice(uri.path.lastIndexOf('/') + 1)}`;
        void this.render();
    }

    private async render(): Promise<void> {
        const panel = this.panel,
            uri = this.uri;
        if (!panel || !uri) return;
        const id = ++this.requestId;
        const security = this.security(panel);
        let html: string;
        try {
            const result = await this.client.sendRequest<PreviewResult>(PREVIEW_REQUEST, previewParams(uri.toString(), security));
            html = result.html;
        } catch (error) {
            html = placeholderHtml(
                `The preview could not be rendered: ${error instanceof Error ? error.message : String(error)}`,
                security
            );
        }
        if (id !== this.requestId || this.panel !== panel) return;
        panel.webview.html = html;
    }

    private receive(raw: unknown): void {
        const message = parseWebviewMessage(raw);
        if (!message || !this.panel || !this.uri) return;
        switch (message.type) {
            case 'ready': {
                const restore: ExtensionToWebview = { type: 'restore', uri: this.uri.toString(), scrollY: this.scrollY };
                void this.panel.webview.postMessage(restore);
                break;
            }
            case 'scroll':
                this.scrollY = message.scrollY;
                break;
            case 'reveal':
                void this.reveal(this.uri, message.line);
                break;
        }
    }

    private async reveal(uri: vscode.Uri, line: number): Promise<void> {
        const visible = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === uri.toString());
        const document = visible?.document ?? (await vscode.workspace.openTextDocument(uri));
        const editor = await vscode.window.showTextDocument(document, {
            viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
            preserveFocus: false
        });
        const position = new vscode.Position(Math.min(Math.max(0, line - 1), Math.max(0, editor.document.lineCount - 1)), 0);
        editor.selection = new vscode.Selection(position, position);
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
}
