import { EmptyFileSystem, URI, DocumentState } from 'langium';
import { createRehabServices } from '../../language/rehab-module.js';
import { generatePlan, LIBRARY_TEXT } from './generate-plan.js';
const { shared, Rehab } = createRehabServices(EmptyFileSystem);
const docs = shared.workspace.LangiumDocuments, f = shared.workspace.LangiumDocumentFactory, b = shared.workspace.DocumentBuilder;
const lines = Number(process.argv[2] ?? 5000), iters = Number(process.argv[3] ?? 8);
const lib = f.fromString(LIBRARY_TEXT, URI.parse('file:///bench/bench-lib.rehab')); docs.addDocument(lib); await b.build([lib], { validation: true });
const text = generatePlan(lines);
const med = (a: number[]) => a.sort((x, y) => x - y)[a.length >> 1];
const parse: number[] = [], build: number[] = [], validate: number[] = [], link: number[] = [];
for (let i = 0; i < iters; i++) {
  let t = performance.now(); Rehab.parser.LangiumParser.parse(text); parse.push(performance.now() - t);
  const uri = URI.parse(`file:///bench/p${i}.rehab`);
  t = performance.now();
  const d = f.fromString(text, uri); docs.addDocument(d);
  const marks: Record<string, number> = {};
  const off = b.onBuildPhase(DocumentState.Linked, () => { marks.linked = performance.now(); });
  const off2 = b.onBuildPhase(DocumentState.IndexedReferences, () => { marks.idx = performance.now(); });
  await b.build([d], { validation: true });
  const end = performance.now();
  build.push(end - t); link.push(marks.linked - t); validate.push(end - marks.idx);
  off.dispose(); off2.dispose();
  docs.deleteDocument(uri);
  if (i === 0) console.log('diagnostics', d.diagnostics?.length);
}
console.log(JSON.stringify({ lines, parse: med(parse), toLinked: med(link), validate: med(validate), build: med(build) }));
