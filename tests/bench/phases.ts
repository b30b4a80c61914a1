/**
 * Where a build's time goes, for profiling (node --cpu-prof): parse, parse → linked, validation, full build
 * of a generated plan, as the minimum over N runs of wall time and of process CPU time (user + system, all
 * threads). CPU time is steadier than wall time when other work shares the machine.
 * Usage: node --import ./language/polyfill.mjs --import tsx tests/bench/phases.ts [lines] [runs]
 */
import { DocumentState, EmptyFileSystem, URI } from 'langium';
import { createRehabServices } from '../../language/rehab-module.js';
import { generatePlan, LIBRARY_TEXT } from './generate-plan.js';

const { shared, Rehab } = createRehabServices(EmptyFileSystem);
const documents = shared.workspace.LangiumDocuments,
    factory = shared.workspace.LangiumDocumentFactory,
    builder = shared.workspace.DocumentBuilder;
const lines = Number(process.argv[2] ?? 5000),
    runs = Number(process.argv[3] ?? 10);
const library = factory.fromString(LIBRARY_TEXT, URI.parse('file:///bench/bench-lib.rehab'));
documents.addDocument(library);
await builder.build([library], { validation: true });
const text = generatePlan(lines);
const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
};
const figures: Record<string, number[]> = { parse: [], parseCpu: [], toLinked: [], validate: [], build: [], buildCpu: [] };
let diagnostics = 0;
for (let i = 0; i < runs; i++) {
    let c = cpu(),
        t = performance.now();
    Rehab.parser.LangiumParser.parse(text);
    figures.parse.push(performance.now() - t);
    figures.parseCpu.push(cpu() - c);
    const uri = URI.parse(`file:///bench/p${i}.rehab`);
    const marks: Record<string, number> = {};
    const linked = builder.onBuildPhase(DocumentState.Linked, () => {
        marks.linked = performance.now();
    });
    const indexed = builder.onBuildPhase(DocumentState.IndexedReferences, () => {
        marks.indexed = performance.now();
    });
    c = cpu();
    t = performance.now();
    const doc = factory.fromString(text, uri);
    documents.addDocument(doc);
    await builder.build([doc], { validation: true });
    const end = performance.now();
    figures.build.push(end - t);
    figures.buildCpu.push(cpu() - c);
    figures.toLinked.push(marks.linked - t);
    figures.validate.push(end - marks.indexed);
    linked.dispose();
    indexed.dispose();
    diagnostics = doc.diagnostics?.length ?? 0;
    documents.deleteDocument(uri);
}
const min = (xs: number[]) => Math.round(Math.min(...xs) * 10) / 10;
console.log(JSON.stringify({ lines, diagnostics, ...Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, min(v)])) }));
