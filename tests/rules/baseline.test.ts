import { describe, expect, it } from 'vitest';
import { check, plan, runPlan, summary } from './snippets.js';

// Every rule test changes one thing of these plans, so they must be clean to begin with.
describe('baseline snippets', () => {
    it('the strength plan has no diagnostics at all', async () => {
        const diagnostics = await check(plan());
        expect(diagnostics, summary(diagnostics)).toEqual([]);
    });

    it('the running plan has no diagnostics at all', async () => {
        const diagnostics = await check(runPlan());
        expect(diagnostics, summary(diagnostics)).toEqual([]);
    });

    it('a snippet that does not parse fails the helper', async () => {
        await expect(check(plan({ extra: 'do do do' }))).rejects.toThrow();
    });
});
