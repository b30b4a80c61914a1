// out/server.cjs: starts the language server bundle (out/server-core.cjs) with V8's code cache when there is one.
import { join } from 'node:path';
import { loadBundle } from './bundle-loader.js';

loadBundle(join(__dirname, 'server-core.cjs'));
