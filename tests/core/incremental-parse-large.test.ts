// The incremental re-parse property (see incremental-parse.test.ts) on plans of 1,000 and 5,000 lines, where a
// full parse is what the fast path saves: the slow lane, since every edit is also parsed and validated from scratch.
import { describe, expect, test } from 'vitest';
import { generatePlan } from '../bench/generate-plan.js';
import { checkEquality } from './incremental-equality.js';

describe('incremental re-parse equals a full parse on large plans', () => {
    test.each([
        [1000, 30],
        [5000, 15]
    ])(
        '%i lines',
        async (lines, runs) => {
            const edited = await checkEquality(generatePlan(lines), runs, 3);
            // The seed is fixed, so the counts repeat from run to run; the thresholds only show that both paths ran.
            expect(edited.counts.incremental).toBeGreaterThan(runs / 4);
            expect(edited.counts.full).toBeGreaterThan(0);
        },
        300_000
    );
});
