#!/usr/bin/env node
// The `rehab` command. The bundle loads the Object.groupBy polyfill before anything else.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../out/cli.cjs', import.meta.url));
if (!existsSync(bundle)) {
    process.stderr.write(`rehab: ${bundle} is missing. Run \`npm run build\` first.\n`);
    process.exit(2);
}
// `require` loads the CommonJS bundle directly; `import()` of it went through the ES module loader first (60-120 ms).
createRequire(import.meta.url)(bundle);
