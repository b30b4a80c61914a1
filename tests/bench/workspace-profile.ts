// Index and validate a workspace of N generated 100-line plans, for profiling (node --cpu-prof).
import { EmptyFileSystem, URI } from 'langium';
import { createRehabServices } from '../../language/rehab-module.js';
import { generatePlan, LIBRARY_TEXT } from './generate-plan.js';
const { shared } = createRehabServices(EmptyFileSystem);
const documents = shared.workspace.LangiumDocuments,
    factory = shared.workspace.LangiumDocumentFactory,
    builder = shared.workspace.DocumentBuilder;
const library = factory.fromString(LIBRARY_TEXT, URI.parse('file:///ws/bench-lib.rehab'));
documents.addDocument(library);
await builder.build([library], { validation: true });
const files = Number(process.argv[2] ?? 1000);
const t = performance.now();
const docs = Array.from({ length: files }, (_, i) => {
    const d = factory.fromString(generatePlan(100), URI.parse(`file:///ws/p${i}.rehab`));
    documents.addDocument(d);
    return d;
});
await builder.build(docs, { validation: true });
console.log(
    JSON.stringify({
        files,
        ms: Math.round(performance.now() - t),
        diagnostics: docs.reduce((n, d) => n + (d.diagnostics?.length ?? 0), 0)
    })
);
