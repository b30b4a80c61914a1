#!/usr/bin/env node
// The `rehab` command. The bundle loads the Object.groupBy polyfill before anything else.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../out/cli.cjs', import.meta.url));
if (!existsSync(bundle)) {
    process.stderr.write(`rehab: ${bundle} is missing. Run \`npm run build\` first.\n`);
    process.exit(2);
}
await import(bundle);
