import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { NodeFileSystem } from 'langium/node';
import { describe, expect, test } from 'vitest';
import { compilePlan } from '../../language/compile/compile-plan.js';
import { planJsonSchemaText } from '../../language/compile/plan-json-schema-file.js';
import { CompiledPlanSchema } from '../../language/compile/plan-json-schema.js';
import { createRehabServices } from '../../language/rehab-module.js';
import { loadPlans } from '../../bin/cli/load-workspace.js';
import { validate } from '../test-services.js';

const examples = readdirSync('examples')
    .filter(f => f.endsWith('.rehab'))
    .map(f => `examples/${f}`);
const schemaText = readFileSync('schema/rehab-plan.schema.json', 'utf8');
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateJson = ajv.compile(JSON.parse(schemaText));

async function compileFile(file: string) {
    const { Rehab } = createRehabServices(NodeFileSystem);
    const { plans } = await loadPlans(Rehab, [file]);
    return compilePlan(plans[0].document.parseResult.value, plans[0].diagnostics);
}

describe('compilePlan', () => {
    test('the shipped JSON Schema is generated from the zod schema (run `npm run schema` when this fails)', () => {
        expect(schemaText).toBe(planJsonSchemaText());
    });

    test.each(examples)('%s compiles to JSON that the JSON Schema (ajv) and the zod schema accept', async file => {
        const json = JSON.parse(JSON.stringify(await compileFile(file)));
        const ok = validateJson(json);
        expect(validateJson.errors ?? [], file).toEqual([]);
        expect(ok).toBe(true);
        expect(CompiledPlanSchema.safeParse(json).success).toBe(true);
        expect(json.schemaVersion).toBe('2');
    });

    test('the JSON Schema rejects what the format forbids', () => {
        expect(validateJson({ schemaVersion: '1' })).toBe(false);
    });

    test('compiling is deterministic', async () => {
        const a = JSON.stringify(await compileFile('examples/return-to-running.rehab'));
        const b = JSON.stringify(await compileFile('examples/return-to-running.rehab'));
        expect(a).toBe(b);
    });

    test('the JSON holds resolved exercises, overrides with reasons and the weekly schedule', async () => {
        const json = await compileFile('examples/late-injection.rehab');
        expect(json.overrides).toEqual([
            expect.objectContaining({ rule: 'PF051', scope: 'plan', reason: expect.stringContaining('ultrasound') })
        ]);
        const activities = json.phases[0].activities;
        expect(activities.find(a => a.exercise.id === 'heel-raise')?.exercise).toMatchObject({ kind: 'strength', source: 'builtin' });
        expect(activities.find(a => a.exercise.id === 'step-down')?.exercise).toMatchObject({ kind: 'strength', source: 'plan' });
        expect(json.schedule).toHaveLength(20);
    });

    test('an imported exercise is marked as imported', async () => {
        const json = await compileFile('examples/shop-worker-standing.rehab');
        const ids = json.phases.flatMap(p => p.activities.map(a => [a.exercise.id, a.exercise.source]));
        expect(ids).toContainEqual(['step-down', 'import']);
    });

    // Every example's compiled JSON is checked in: a refactoring that changes what apps receive fails here.
    test.each(examples.map(file => file.replace(/^examples\/|\.rehab$/g, '')))(
        'golden JSON for %s (UPDATE_GOLDEN=1 rewrites it)',
        async name => {
            const text = JSON.stringify(await compileFile(`examples/${name}.rehab`), null, 2) + '\n';
            const golden = `tests/golden/${name}.json`;
            if (process.env.UPDATE_GOLDEN) writeFileSync(golden, text);
            expect(text).toBe(readFileSync(golden, 'utf8'));
        }
    );

    test('a runaway progression that a reviewer allowed still compiles to finite JSON', async () => {
        const text =
            'plan p {\n    allow RP006 because "testing the overflow guard"\n    phase a weeks 1-400 {\n        do heel-raise 3 x 10 reps load 5 kg, daily { progress load +1000 % every week }\n    }\n}\n';
        const { document } = await validate(text);
        const json = JSON.parse(JSON.stringify(compilePlan(document.parseResult.value, document.diagnostics ?? [])));
        expect(CompiledPlanSchema.safeParse(json).success).toBe(true);
        expect(validateJson(json)).toBe(true);
        expect(
            Math.max(...json.schedule.map((w: { activities: Array<{ loadKg: number }> }) => w.activities[0].loadKg))
        ).toBeLessThanOrEqual(1e9);
    });
});
