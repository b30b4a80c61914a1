import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerFollow } from './follow/follow-panel.js';
import { registerPreview } from './preview/preview-panel.js';

let client: LanguageClient | undefined;

/**
 * Starts the bundled language server over IPC. The language client's default error handler
 * restarts a crashed server (up to 4 times in 3 minutes), so no handler is set here.
 */
export async function activate(context: vscode.ExtensionContext): Promise<LanguageClient> {
    const module = context.asAbsolutePath(path.join('out', 'server.cjs'));
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'rehab' }],
        // `rehab.diagnostics.language: auto` follows the display language the editor runs in.
        initializationOptions: { displayLanguage: vscode.env.language }
    };
    client = new LanguageClient('rehab', 'Rehab Plans', serverOptions, clientOptions);
    const languageClient = client;
    context.subscriptions.push(vscode.commands.registerCommand('rehab.restartServer', () => languageClient.restart()));
    registerPreview(context, languageClient);
    registerFollow(context);
    await languageClient.start();
    return languageClient;
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
