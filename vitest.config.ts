import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['tests/**/*.test.ts'],
        exclude: ['tests/e2e/**', 'tests/vscode/**', 'node_modules/**'],
        setupFiles: ['language/polyfill.mjs'],
        globalSetup: ['tests/global-setup.ts'],
        testTimeout: 30000,
        // The JSON report lets .ci/run print one closing 'N passed, N failed' line for the whole run.
        reporters: ['default', 'json'],
        outputFile: { json: 'test-output/vitest.json' }
    }
});
