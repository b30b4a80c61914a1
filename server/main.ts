import '../language/polyfill.mjs';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startSettingsSync } from '../language/lsp/rehab-settings-sync.js';
import { createRehabServices } from '../language/rehab-module.js';
import { registerPreviewRequest } from './preview-request.js';
import { refreshViewsAfterBuilds } from './view-refresh.js';

// The polyfill import above must stay first: chevrotain needs Object.groupBy when the parser is built.
// `--stdio`, `--node-ipc` and `--socket` are read by createConnection from process.argv.
const connection = createConnection(ProposedFeatures.all);
const { shared, Rehab } = createRehabServices({ connection, ...NodeFileSystem });
startSettingsSync(shared, Rehab);
registerPreviewRequest(connection, Rehab);
refreshViewsAfterBuilds(connection, shared);
startLanguageServer(shared);
