import '../language/polyfill.mjs';
import { BrowserMessageReader, BrowserMessageWriter } from 'vscode-languageserver/browser';
import { startBrowserServer } from './start-server-browser.js';

// The language server in a web worker (the web extension and the playground). The polyfill import above
// must stay first: chevrotain needs Object.groupBy when the parser is built.
// (The project's type-check uses the DOM library, where a worker's global scope is typed as a Window.)
const scope = self as unknown as Worker;

startBrowserServer(new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
