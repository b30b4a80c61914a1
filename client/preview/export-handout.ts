import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PREVIEW_REQUEST, type PreviewResult } from '../../language/render/preview-protocol.js';
import { createNonce } from './webview-html.js';

/** "Export Handout…": asks the server for the handout of a plan and saves it where the user says. */
export async function exportHandout(client: LanguageClient, source: vscode.Uri | undefined): Promise<void> {
    if (!source) {
        void vscode.window.showWarningMessage('Open a .rehab plan to export its handout.');
        return;
    }
    const document =
        vscode.workspace.textDocuments.find(d => d.uri.toString() === source.toString()) ??
        (await vscode.workspace.openTextDocument(source));
    let result: PreviewResult;
    try {
        result = await client.sendRequest<PreviewResult>(PREVIEW_REQUEST, { uri: document.uri.toString(), mode: 'handout' });
    } catch (error) {
        void vscode.window.showErrorMessage(`Could not render the handout: ${error instanceof Error ? error.message : String(error)}`);
        return;
    }
    const target = await vscode.window.showSaveDialog({
        defaultUri: source.with({ path: source.path.replace(/\.rehab$/i, '') + '.html' }),
        filters: { HTML: ['html', 'htm'] },
        saveLabel: 'Export Handout'
    });
    if (!target) return;
    if (target.toString() === source.toString()) {
        void vscode.window.showErrorMessage('The handout cannot be written over its plan.');
        return;
    }
    try {
        await writeAtomically(target, result.html);
        void vscode.window.showInformationMessage(`Handout saved to ${vscode.workspace.asRelativePath(target)}.`);
    } catch (error) {
        void vscode.window.showErrorMessage(`Could not save the handout: ${error instanceof Error ? error.message : String(error)}`);
    }
}

/** Writes beside the target, then renames over it, so a failure never leaves a half-written handout. */
export async function writeAtomically(target: vscode.Uri, text: string): Promise<void> {
    const dir = vscode.Uri.joinPath(target, '..');
    const name = target.path.slice(target.path.lastIndexOf('/') + 1);
    const temp = vscode.Uri.joinPath(dir, `.${name}.${createNonce().replace(/[^A-Za-z0-9]/g, '')}.tmp`);
    try {
        await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(text));
        await vscode.workspace.fs.rename(temp, target, { overwrite: true });
    } catch (error) {
        await Promise.resolve(vscode.workspace.fs.delete(temp)).catch(() => undefined);
        throw error;
    }
}
