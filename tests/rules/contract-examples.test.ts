import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check, expectRule, SEVERITY, summary } from './snippets.js';

const example = (name: string) => readFileSync(fileURLToPath(new URL(`../../examples/${name}`, import.meta.url)), 'utf8');

describe('the contract plans', () => {
    it.each(['return-to-running.rehab', 'late-injection.rehab'])('%s has no errors and no warnings', async name => {
        const diagnostics = await check(example(name));
        const serious = diagnostics.filter(d => d.severity === SEVERITY.error || d.severity === SEVERITY.warning);
        expect(serious, summary(diagnostics)).toEqual([]);
    });

    it('late-injection without its allow line warns PF051', async () => {
        const text = example('late-injection.rehab');
        const withoutAllow = text
            .split('\n')
            .filter(l => !l.includes('allow PF051'))
            .join('\n');
        expect(withoutAllow).not.toBe(text);
        expectRule(await check(withoutAllow), 'PF051', 'warning', 1);
    });
});
