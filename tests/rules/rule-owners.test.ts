// Every rule of the catalogue is owned by exactly one rule family, and a family reports only what it owns (its
// report() refuses anything else, so a check that reports another family's rule fails the first test that fires it).
import { describe, expect, test } from 'vitest';
import { ruleFamilies } from '../../language/validation/rehab-validator.js';
import { Rehab } from '../test-services.js';

describe('rule owners', () => {
    const families = ruleFamilies(Rehab);

    test.each(Rehab.rules.Catalogue.allRules().map(r => r.id))('%s has exactly one owner', id => {
        const owners = families.filter(f => f.owns.includes(id)).map(f => f.constructor.name);
        expect(owners).toHaveLength(1);
    });

    test('no family owns a rule the catalogue does not have', () => {
        for (const family of families)
            for (const id of family.owns) expect(Rehab.rules.Catalogue.has(id), `${family.constructor.name}: ${id}`).toBe(true);
    });
});
