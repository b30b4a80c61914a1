import '../language/polyfill.mjs';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createRehabServices } from '../language/rehab-module.js';

// The polyfill import above must stay first: chevrotain needs Object.groupBy when the parser is built.
const connection = createConnection(ProposedFeatures.all);
const { shared } = createRehabServices({ connection, ...NodeFileSystem });
startLanguageServer(shared);
