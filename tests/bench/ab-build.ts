// A/B helper: median full build of a generated plan, in process (not part of npm run bench).
import { EmptyFileSystem, URI } from 'langium';
import { createRehabServices } from '../../language/rehab-module.js';
import { generatePlan } from './generate-plan.js';

const lines = Number(process.argv[2] ?? 5000);
const { shared } = createRehabServices(EmptyFileSystem);
const text = generatePlan(lines);
const times: number[] = [];
for (let i = 0; i < 25; i++) {
    const doc = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///ab/p${i}.rehab`));
    shared.workspace.LangiumDocuments.addDocument(doc);
    const t = performance.now();
    await shared.workspace.DocumentBuilder.build([doc], { validation: true });
    times.push(performance.now() - t);
    shared.workspace.LangiumDocuments.deleteDocument(doc.uri);
}
times.sort((a, b) => a - b);
console.log(`median ${times[12].toFixed(1)} ms, min ${times[0].toFixed(1)} ms`);
