import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RuleCatalogue } from '../../language/rules/rule-catalogue.js';
import { renderRulesDoc } from '../../language/rules/rules-doc.js';
import { ruleLocations } from '../../scripts/rule-locations.js';

describe('docs/rules.md', () => {
    const rendered = renderRulesDoc(new RuleCatalogue(), ruleLocations());

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

    it('says where every rule is checked and tested, and every rule is tested somewhere', () => {
        const { checkedIn, testedIn } = ruleLocations();
        for (const rule of new RuleCatalogue().allRules()) {
            expect(checkedIn.get(rule.id), rule.id).toMatch(/^language\/validation\/[a-z-]+\.ts$/);
            expect(existsSync(checkedIn.get(rule.id)!), checkedIn.get(rule.id)).toBe(true);
            expect(testedIn.get(rule.id)?.length, `${rule.id} is named in no test`).toBeGreaterThan(0);
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
