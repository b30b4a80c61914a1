// Writes schema/rehab-follow.schema.json from the zod schema (npm run schema:follow); a test fails when it is stale.
import { writeFileSync } from 'node:fs';
import { followJsonSchemaText } from '../language/follow/follow-json-schema.js';

writeFileSync(new URL('../schema/rehab-follow.schema.json', import.meta.url), followJsonSchemaText());
console.log('wrote schema/rehab-follow.schema.json');
