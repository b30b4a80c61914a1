import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { EmptyFileSystem, URI } from 'langium';
import { performance } from 'node:perf_hooks';
import { compilePlan } from '../../language/compile/compile-plan.js';
import { CompiledPlanSchema } from '../../language/compile/plan-json-schema.js';
import type { Model } from '../../language/generated/ast.js';
import { createRehabServices } from '../../language/rehab-module.js';
import { computeSchedule } from '../../language/schedule/schedule.js';
import { extraStages } from './fuzz-stages.js';

const { shared, Rehab } = createRehabServices(EmptyFileSystem);
const validateJson = new Ajv2020({ strict: false }).compile(
    JSON.parse(readFileSync(new URL('../../schema/rehab-plan.schema.json', import.meta.url), 'utf8'))
);
let counter = 0;

/** Messages Langium produces when a check or the linker threw: a crash in disguise. */
const CRASH = /An error occurred|Cannot read properties|is not a function|undefined is not/;

export class FuzzFailure extends Error {
    constructor(
        message: string,
        readonly input: string
    ) {
        super(message);
    }
}

/**
 * Runs one input through every stage — parse, link, validate, schedule, compile (and the exports and renderer) —
 * and throws a FuzzFailure on a crash, a diagnostic outside the document, a schema violation or nondeterminism.
 */
export async function checkInput(text: string, options: { coreOnly?: boolean } = {}): Promise<{ ms: number; schemaChecked: boolean }> {
    const start = performance.now();
    let schemaChecked = false;
    const documents = shared.workspace.LangiumDocuments;
    const doc = shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.parse(`file:///fuzz/in-${counter++}.rehab`));
    documents.addDocument(doc);
    try {
        await shared.workspace.DocumentBuilder.build([doc], { validation: true });
        const diagnostics = doc.diagnostics ?? [];
        const lineCount = doc.textDocument.lineCount;
        for (const d of diagnostics) {
            if (CRASH.test(String(d.message))) throw new FuzzFailure(`crash reported as a diagnostic: ${d.message}`, text);
            if (d.range.start.line < 0 || d.range.end.line >= lineCount + 1)
                throw new FuzzFailure(`diagnostic outside the document: ${JSON.stringify(d.range)}`, text);
        }
        const model = doc.parseResult.value;
        if (model.plan) {
            computeSchedule(model.plan);
            const compiled = JSON.parse(JSON.stringify(compilePlan(model, diagnostics)));
            const again = JSON.parse(JSON.stringify(compilePlan(model, diagnostics)));
            if (JSON.stringify(compiled) !== JSON.stringify(again)) throw new FuzzFailure('compile is not deterministic', text);
            const hasErrors = diagnostics.some(d => d.severity === 1);
            if (!hasErrors) {
                if (!CompiledPlanSchema.safeParse(compiled).success) throw new FuzzFailure('compiled JSON violates the zod schema', text);
                if (!validateJson(compiled))
                    throw new FuzzFailure(`compiled JSON violates the JSON Schema: ${JSON.stringify(validateJson.errors?.[0])}`, text);
                schemaChecked = true;
            }
            if (!options.coreOnly) await extraStages(Rehab, doc, hasErrors);
        }
    } catch (e) {
        if (e instanceof FuzzFailure) throw e;
        throw new FuzzFailure(`threw: ${(e as Error)?.stack ?? e}`, text);
    } finally {
        // update() also drops the document from the index and clears the workspace caches, as an editor's close does.
        await shared.workspace.DocumentBuilder.update([], [doc.uri]);
    }
    return { ms: performance.now() - start, schemaChecked };
}
