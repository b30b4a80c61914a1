// The validator and the registry replace two Langium internals for speed (language/validation/
// rehab-document-validator.ts, rehab-validation-registry.ts), and the incremental re-parse writes the private
// position fields of Langium's CST classes (language/workspace/incremental-parse.ts). If a Langium upgrade changes the originals, our copies
// may silently drop what the new version does (4.4 added a profiler hook to validateAstNodes, which our copy leaves
// out). These fingerprints fail the test on any change, so whoever upgrades reads the new originals first and then
// records the new fingerprints here.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
    CompositeCstNodeImpl,
    DefaultDocumentValidator,
    DefaultLangiumDocumentFactory,
    LeafCstNodeImpl,
    RootCstNodeImpl,
    ValidationRegistry
} from 'langium';
import { describe, expect, test } from 'vitest';

const fingerprint = (fn: unknown) => createHash('sha256').update(String(fn)).digest('hex').slice(0, 16);
// langium's exports do not include package.json; the installed copy is read from node_modules.
const langiumVersion = (
    JSON.parse(readFileSync(join(__dirname, '..', '..', 'node_modules', 'langium', 'package.json'), 'utf8')) as { version: string }
).version;

describe('Langium internals that the project replaces', () => {
    test('the installed Langium is the 4.4 line the replacements were written against', () => {
        expect(langiumVersion).toMatch(/^4\.4\./);
    });

    test.each([
        [
            'DefaultDocumentValidator.validateAstNodes',
            DefaultDocumentValidator.prototype['validateAstNodes' as keyof DefaultDocumentValidator],
            'validateAstNodes'
        ],
        ['ValidationRegistry.getChecks', ValidationRegistry.prototype.getChecks, 'getChecks'],
        [
            'ValidationRegistry.wrapValidationException',
            ValidationRegistry.prototype['wrapValidationException' as keyof ValidationRegistry],
            'wrapValidationException'
        ],
        ['LeafCstNodeImpl', LeafCstNodeImpl, 'LeafCstNodeImpl'],
        ['CompositeCstNodeImpl', CompositeCstNodeImpl, 'CompositeCstNodeImpl'],
        ['RootCstNodeImpl', RootCstNodeImpl, 'RootCstNodeImpl'],
        ['DefaultLangiumDocumentFactory.update', DefaultLangiumDocumentFactory.prototype.update, 'update']
    ])('%s is unchanged since it was reviewed', (_name, fn, key) => {
        expect(typeof fn).toBe('function');
        expect(fingerprint(fn)).toBe(REVIEWED[key]);
    });
});

/** Fingerprints of the originals as of the Langium version above, reviewed against our copies. */
const REVIEWED: Record<string, string> = {
    validateAstNodes: 'ab2e5ed580264917',
    getChecks: '37b20174d4cf9071',
    wrapValidationException: '0e44ec8136d1d1c4',
    LeafCstNodeImpl: '9ea36777f2aaae12',
    CompositeCstNodeImpl: '6ce693f9713c6668',
    RootCstNodeImpl: '2d60503b0a90bbe0',
    update: '9e1ab33df913d314'
};
