import type { MessageTransports } from 'vscode-languageclient/browser';
import { BrowserMessageReader, BrowserMessageWriter } from 'vscode-languageserver/browser';
import { startBrowserServer } from '../../server/start-server-browser.js';

/**
 * The language server inside the extension host's own worker, over an in-memory MessageChannel: for
 * extensions served by a remote server (code-server, Codespaces), which VS Code does not let start workers
 * ("Creating workers from remote extensions is currently not supported").
 */
export function startServerInProcess(): MessageTransports {
    const channel = new MessageChannel();
    startBrowserServer(new BrowserMessageReader(channel.port1), new BrowserMessageWriter(channel.port1));
    return { reader: new BrowserMessageReader(channel.port2), writer: new BrowserMessageWriter(channel.port2) };
}
