import { startLanguageServer } from 'langium/lsp';
import { createConnection, type MessageReader, type MessageWriter } from 'vscode-languageserver/browser';
import { startSettingsSync } from '../language/lsp/rehab-settings-sync.js';
import { createRehabServices } from '../language/rehab-module.js';
import { registerExportRequest } from './export-request-browser.js';
import { registerPreviewRequest } from './preview-request.js';
import { refreshViewsAfterBuilds } from './view-refresh.js';
import { ClientFileSystemProvider } from './workspace-fs-browser.js';

/**
 * The language server of server/main.ts on a browser connection: the same services and requests, files
 * read through the client (ClientFileSystemProvider), and `rehab/export` for clients without a CLI.
 * Runs in a web worker (main-browser.ts) or, where an extension cannot start workers, in the extension
 * host's own worker over a MessageChannel (client/browser/). Load language/polyfill.mjs before this.
 */
export function startBrowserServer(reader: MessageReader, writer: MessageWriter): void {
    const connection = createConnection(reader, writer);
    const { shared, Rehab } = createRehabServices({ connection, fileSystemProvider: () => new ClientFileSystemProvider(connection) });
    startSettingsSync(shared, Rehab);
    registerPreviewRequest(connection, Rehab);
    registerExportRequest(connection, Rehab);
    refreshViewsAfterBuilds(connection, shared);
    startLanguageServer(shared);
}
