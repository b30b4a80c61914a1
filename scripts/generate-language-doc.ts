// Writes the generated parts of docs/language.md: `npm run docs:language`.
//  - the built-in exercise table, between <!-- builtin-table:start --> and <!-- builtin-table:end -->, from the library source;
//  - the checker's output shown in the tutorial, between <!-- check-output:start --> and <!-- check-output:end -->,
//    from checking the rehab example just before each.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem } from 'langium';
import { createRehabServices } from '../language/rehab-module.js';
import { renderBuiltinTable, replaceBuiltinTable } from '../language/library/builtin-table.js';
import { refreshOutputs } from '../tests/docs/doc-examples.js';

async function main(): Promise<void> {
    const target = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'language.md');
    const { Rehab } = createRehabServices(EmptyFileSystem);
    const before = readFileSync(target, 'utf8');
    const after = await refreshOutputs(Rehab, replaceBuiltinTable(before, renderBuiltinTable(Rehab)));
    if (after === before) {
        console.log(`${target} is up to date`);
    } else {
        writeFileSync(target, after);
        console.log(`Wrote ${target}`);
    }
}

main().catch(error => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
});
