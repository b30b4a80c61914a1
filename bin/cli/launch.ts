// out/cli.cjs: runs the CLI bundle (out/cli-core.cjs) with V8's code cache when there is one.
import { join } from 'node:path';
import { loadBundle } from '../../server/bundle-loader.js';

loadBundle(join(__dirname, 'cli-core.cjs'));
