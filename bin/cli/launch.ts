// out/cli.cjs: runs the CLI bundle (out/cli-core.cjs) with V8's code cache when there is one.
import { join } from 'node:path';
import { launchBundle } from '../../server/bundle-loader.js';

launchBundle(join(__dirname, 'cli-core.cjs'), 'rehab', 2);
