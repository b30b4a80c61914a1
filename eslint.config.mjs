// Type-aware linting with typescript-eslint's recommended sets. The exceptions below are the ones Langium's
// validator style needs, each with its reason; everything else the sets find is fixed, not silenced.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
    {
        ignores: [
            'out/**',
            'node_modules/**',
            'language/generated/**',
            'test-output/**',
            '.bench/**',
            'coverage/**',
            '**/*.cjs',
            '**/*.mjs',
            '**/*.js',
            'media/**'
        ]
    },
    js.configs.recommended,
    ...tseslint.configs.recommendedTypeChecked,
    {
        languageOptions: {
            parserOptions: {
                project: ['./tsconfig.json', './tsconfig.tests.json', './web/tsconfig.json'],
                tsconfigRootDir: import.meta.dirname
            }
        },
        rules: {
            // Validation checks are registered as methods and called with the family as `this` (ValidationRegistry.register(checks, thisObj)).
            '@typescript-eslint/unbound-method': 'off',
            // Unused parameters keep check signatures (node, accept) uniform; tsc's noUnusedLocals covers locals.
            '@typescript-eslint/no-unused-vars': ['error', { args: 'none', ignoreRestSiblings: true }],
            // Escapers and the link check look for control characters on purpose.
            'no-control-regex': 'off',
            // Template literals build messages from numbers all the time; a number in a message is intended.
            '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }]
        }
    },
    {
        // Tests read JSON and third-party results whose types are `any` on purpose (FHIR, ical.js, the JSON report).
        files: ['tests/**/*.ts'],
        rules: {
            '@typescript-eslint/no-unsafe-assignment': 'off',
            '@typescript-eslint/no-unsafe-member-access': 'off',
            '@typescript-eslint/no-unsafe-call': 'off',
            '@typescript-eslint/no-unsafe-argument': 'off',
            '@typescript-eslint/no-unsafe-return': 'off',
            '@typescript-eslint/no-explicit-any': 'off',
            // LSP 3.18 types a diagnostic's message as string | MarkupContent; this server always sends strings.
            '@typescript-eslint/no-base-to-string': 'off',
            '@typescript-eslint/restrict-template-expressions': 'off'
        }
    }
);
