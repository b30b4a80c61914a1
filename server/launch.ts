// out/server.cjs: starts the language server bundle (out/server-core.cjs) with V8's code cache when there is one.
import { join } from 'node:path';
import { launchBundle } from './bundle-loader.js';

launchBundle(join(__dirname, 'server-core.cjs'), 'rehab language server', 1);
