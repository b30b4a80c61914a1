// out/cli.cjs: runs the CLI bundle (out/cli-core.cjs) with V8's code cache when there is one.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundle } from '../../server/bundle-loader.js';

const bundle = join(__dirname, 'cli-core.cjs');
if (existsSync(bundle)) loadBundle(bundle);
else {
    process.stderr.write(`rehab: ${bundle} is missing. Run \`npm run build\` first.\n`);
    process.exitCode = 2;
}
