import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RuleCatalogue } from '../../language/rules/rule-catalogue.js';
import { renderRulesDoc } from '../../language/rules/rules-doc.js';

describe('docs/rules.md', () => {
    const rendered = renderRulesDoc(new RuleCatalogue());

    it('is up to date with the profiles (run `npm run docs:rules`)', () => {
        const committed = readFileSync(fileURLToPath(new URL('../../docs/rules.md', import.meta.url)), 'utf8');
        expect(committed).toBe(rendered);
    });

    it('lists every rule with its severity, and the guide quote and fix where there are', () => {
        const catalogue = new RuleCatalogue();
        for (const rule of catalogue.allRules()) {
            const row = rendered.split('\n').find(l => l.startsWith(`| \`${rule.id}\` |`));
            expect(row, rule.id).toBeDefined();
            expect(row).toContain(`| ${rule.severity}`);
            if (rule.quote) expect(row).toContain(rule.quote);
            if (rule.fix) expect(row).toContain(rule.fix.en);
        }
    });

    it('keeps table cells free of pipes', () => {
        const doc = renderRulesDoc({
            profiles: [
                {
                    id: 'x',
                    title: { en: 'X', da: 'X' },
                    thresholds: {},
                    rules: [
                        {
                            id: 'RP999',
                            family: 'generic',
                            severity: 'hint',
                            when: { en: 'a | b', da: 'a | b' },
                            message: { en: 'm', da: 'm' }
                        }
                    ]
                }
            ]
        });
        expect(doc).toContain('a \\| b');
    });
});
