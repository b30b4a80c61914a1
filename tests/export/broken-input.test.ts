import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { certReport, formatCertReport, parseStartDate, planToFhirBundle, planToICalendar } from '../../language/export/index.js';
import { validate } from '../test-services.js';
import { examplesDir } from './load-example.js';

const require = createRequire(import.meta.url);
const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator');
const fhirSchema = new JSONSchemaValidator();

/*
 * Every prefix of a real plan is a broken document of a different shape (a phase without weeks, a
 * dose without its unit, …). None may make an export throw, and FHIR output must stay schema-valid.
 */
const source = readFileSync(join(examplesDir, 'return-to-running.rehab'), 'utf8');
const cuts = Array.from({ length: 16 }, (_, i) => Math.floor(((i + 1) * source.length) / 17));

describe('exports of broken plans', () => {
    test.each(cuts)('the first %i characters', async cut => {
        const { document } = await validate(source.slice(0, cut), { allowSyntaxErrors: true });
        const model = document.parseResult.value;
        const bundle: any = planToFhirBundle(model);
        for (const resource of [bundle, ...(bundle.entry ?? []).map((e: any) => e.resource)]) {
            expect(fhirSchema.validate(resource, true)).toEqual([]);
        }
        expect(planToICalendar(model, { start: parseStartDate('2027-01-04')! })).toMatch(/^BEGIN:VCALENDAR/);
        expect(formatCertReport(certReport(model), 'da')).toContain('CERT');
    });
});
