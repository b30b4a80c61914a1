// out/server.cjs: starts the language server bundle (out/server-core.cjs) with V8's code cache when there is one.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundle } from './bundle-loader.js';

const bundle = join(__dirname, 'server-core.cjs');
if (existsSync(bundle)) loadBundle(bundle);
else {
    process.stderr.write(`rehab language server: ${bundle} is missing. Run \`npm run build\` first.\n`);
    process.exitCode = 1;
}
