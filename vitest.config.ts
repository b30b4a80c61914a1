import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Two lanes. `npm test` is the fast lane a developer runs all day: unit, rule, protocol, export, render and CLI
 * tests. `npm run test:all` (what .ci/run runs) adds the slow lane: the fuzzer, the Chromium tests (handout, injection,
 * playground, web extension), the LSP stress test and the diary property test, then the end-to-end suite.
 */
const SLOW = [
    'tests/fuzz/**',
    'tests/browser/**',
    'tests/web/**',
    'tests/lsp/stress.test.ts',
    'tests/core/cli-hostile.test.ts',
    'tests/core/incremental-parse-large.test.ts',
    'tests/follow/follow-property.test.ts'
];
const all = process.env.REHAB_TESTS === 'all';

export default defineConfig({
    test: {
        include: ['tests/**/*.test.ts'],
        exclude: ['tests/e2e/**', 'tests/vscode/**', 'node_modules/**', ...(all ? [] : SLOW)],
        setupFiles: ['language/polyfill.mjs'],
        globalSetup: ['tests/global-setup.ts'],
        testTimeout: 30000,
        // Vitest leaves one core free by default, which on a 2-core machine runs the fast lane on one worker (about
        // 60 s instead of 40 s). The fast lane's files are independent and wait on their own processes, so it uses
        // every core; the slow lane keeps the default, since two Chromiums at once would only compete.
        maxWorkers: all ? undefined : Math.max(2, availableParallelism() - 1),
        // The JSON report lets .ci/run print one closing 'N passed, N failed' line for the whole run.
        reporters: ['default', 'json'],
        outputFile: { json: 'test-output/vitest.json' }
    }
});
