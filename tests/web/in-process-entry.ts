// Test entry (bundled by tests/web/web-extension.test.ts): the web extension's fallback, the language server
// in the extension host's own worker over a MessageChannel, exposed to the test page.
import '../../language/polyfill.mjs';
import { startServerInProcess } from '../../client/browser/in-process-server.js';

(globalThis as unknown as { startRehabInProcess: typeof startServerInProcess }).startRehabInProcess = startServerInProcess;
