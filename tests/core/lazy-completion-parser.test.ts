// The completion parser is built on the first completion, not at start-up (language/parser/lazy-completion-parser.ts).
import { EmptyFileSystem, createCompletionParser, eagerLoad, type LangiumCoreServices } from 'langium';
import { describe, expect, test } from 'vitest';
import { lazyCompletionParser } from '../../language/parser/lazy-completion-parser.js';
import { createRehabServices } from '../../language/rehab-module.js';

describe('the lazy completion parser', () => {
    test('is not built when the language server loads every service at start-up, and is built on first use', () => {
        const { Rehab } = createRehabServices(EmptyFileSystem);
        let built = 0;
        const counting = (services: LangiumCoreServices) => {
            built++;
            return createCompletionParser(services);
        };
        const parser = lazyCompletionParser(Rehab, counting);
        // What Langium's start-up does with every service: ask whether it is an injection proxy.
        eagerLoad(parser);
        expect(built).toBe(0);
        expect(typeof parser.parse).toBe('function');
        expect(built).toBe(1);
    });
});
