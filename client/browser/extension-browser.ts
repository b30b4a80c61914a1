import '../../language/polyfill.mjs';
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type MessageTransports } from 'vscode-languageclient/browser';
import type { LanguageClient as NodeLanguageClient } from 'vscode-languageclient/node';
import { registerPreview } from '../preview/preview-panel.js';
import { startServerInProcess } from './in-process-server.js';
import { registerWorkspaceFileSystem } from './workspace-fs.js';

// The extension in VS Code for the Web (package.json `browser`): the same language server, bundled for the
// browser (out/server-browser.js), in a web worker, or in this extension host worker where workers cannot be
// started. The preview panel is the desktop one; it only sends requests, which both clients do alike.

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<LanguageClient> {
    const output = vscode.window.createOutputChannel('Rehab Plans', { log: true });
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'rehab' }],
        initializationOptions: { displayLanguage: vscode.env.language },
        outputChannel: output
    };
    client = new LanguageClient('rehab', 'Rehab Plans', () => startServer(context, output), clientOptions);
    const languageClient = client;
    context.subscriptions.push(
        output,
        registerWorkspaceFileSystem(languageClient),
        vscode.commands.registerCommand('rehab.restartServer', async () => {
            await languageClient.stop();
            await languageClient.start();
        })
    );
    registerPreview(context, languageClient as unknown as NodeLanguageClient);
    await languageClient.start();
    return languageClient;
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}

function startServer(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): Promise<Worker | MessageTransports> {
    const main = vscode.Uri.joinPath(context.extensionUri, 'out', 'server-browser.js');
    try {
        return Promise.resolve(new Worker(main.toString(true), { name: 'Rehab language server' }));
    } catch (error) {
        output.warn(
            `The language server runs in the extension host: a web worker could not be started (${error instanceof Error ? error.message : String(error)}).`
        );
        return Promise.resolve(startServerInProcess());
    }
}
