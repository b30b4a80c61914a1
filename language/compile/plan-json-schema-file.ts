import * as z from 'zod';
import { CompiledPlanSchema, SCHEMA_VERSION } from './plan-json-schema.js';

export const SCHEMA_ID = `https://rehab-lang.dev/schema/rehab-plan-${SCHEMA_VERSION}.schema.json`;

/** The shipped JSON Schema, generated from the zod schema so the two can never disagree. */
export function planJsonSchemaText(): string {
    const schema = z.toJSONSchema(CompiledPlanSchema, { target: 'draft-2020-12', io: 'output' });
    const withId = { $schema: schema.$schema, $id: SCHEMA_ID, title: 'Compiled rehabilitation plan', ...schema };
    return JSON.stringify(withId, null, 2) + '\n';
}
