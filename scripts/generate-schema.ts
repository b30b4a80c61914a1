// Writes schema/rehab-plan.schema.json from the zod schema (npm run schema); a test fails when it is stale.
import { writeFileSync } from 'node:fs';
import { planJsonSchemaText } from '../language/compile/plan-json-schema-file.js';

writeFileSync(new URL('../schema/rehab-plan.schema.json', import.meta.url), planJsonSchemaText());
console.log('wrote schema/rehab-plan.schema.json');
