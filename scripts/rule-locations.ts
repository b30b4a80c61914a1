// Where each rule is checked (the family that owns it) and tested (the test files that name it), for docs/rules.md.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { createRehabServices } from '../language/rehab-module.js';
import { ruleFamilies } from '../language/validation/rehab-validator.js';
import type { RuleLocations } from '../language/rules/rules-doc.js';

const root = join(import.meta.dirname, '..');

/** `GenericValuesValidator` → `language/validation/generic-values-validator.ts` (the one-family-per-file convention). */
function familyFile(className: string): string {
    return `language/validation/${className.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}.ts`;
}

function testFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap(e => {
        const path = join(dir, e.name);
        if (e.isDirectory()) return testFiles(path);
        return e.name.endsWith('.test.ts') ? [path] : [];
    });
}

export function ruleLocations(): RuleLocations {
    const { Rehab } = createRehabServices(EmptyFileSystem);
    const checkedIn = new Map<string, string>();
    for (const family of ruleFamilies(Rehab)) for (const id of family.owns) checkedIn.set(id, familyFile(family.constructor.name));
    const tests = testFiles(join(root, 'tests')).map(file => ({ file: relative(root, file), text: readFileSync(file, 'utf8') }));
    const testedIn = new Map<string, string[]>();
    for (const rule of Rehab.rules.Catalogue.allRules()) {
        const pattern = new RegExp(`\\b${rule.id}\\b`);
        testedIn.set(
            rule.id,
            tests
                .filter(t => pattern.test(t.text))
                .map(t => t.file)
                .sort()
        );
    }
    return { checkedIn, testedIn };
}
