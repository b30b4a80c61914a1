// One source of truth for every number: each threshold in a rule profile is read by some code (no dead keys), and
// no rule check writes a profile's distinctive number as a literal instead of reading it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CONDITION_PROFILES, GENERIC_PROFILE } from '../../language/rules/rule-catalogue.js';

const root = join(__dirname, '..', '..', 'language');

function sources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap(e => {
        const path = join(dir, e.name);
        if (e.isDirectory()) return e.name === 'generated' ? [] : sources(path);
        return e.name.endsWith('.ts') ? [path] : [];
    });
}

const code = sources(root).map(file => ({ file, text: readFileSync(file, 'utf8') }));
const checks = code.filter(c => c.file.includes(`${join('language', 'validation')}`));

describe.each([GENERIC_PROFILE, ...CONDITION_PROFILES].map(p => [p.id, p] as const))('profile %s', (_id, profile) => {
    test.each(Object.keys(profile.thresholds))('threshold %s is read by some code', key => {
        expect(
            code.some(c => c.text.includes(`'${key}'`)),
            `no code reads '${key}'`
        ).toBe(true);
    });

    test('no check hard-codes a distinctive number the profile holds', () => {
        // Small numbers (0-12) appear for other reasons (3/10 on a pain scale, 7 days a week); larger ones are the profile's.
        const distinctive = [...new Set(Object.values(profile.thresholds))].filter(n => Number.isInteger(n) && n > 12);
        for (const { file, text } of checks) {
            const stripped = text
                .replace(/\/\/.*$/gm, '')
                .replace(/\/\*[\s\S]*?\*\//g, '')
                .replace(/(['"`])(?:\\.|(?!\1)[^\\])*\1/g, '""');
            for (const n of distinctive) {
                expect(
                    new RegExp(`(?<![\\w.])${n}(?![\\w.])`).test(stripped),
                    `${file} writes ${n}, which profile ${profile.id} holds`
                ).toBe(false);
            }
        }
    });
});
