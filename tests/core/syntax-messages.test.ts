import { afterEach, describe, expect, test } from 'vitest';
import { clearDocuments } from 'langium/test';
import { Rehab, validate } from '../test-services.js';

afterEach(() => clearDocuments(Rehab.shared));

async function syntaxMessages(text: string): Promise<string[]> {
    const { diagnostics } = await validate(text, { allowSyntaxErrors: true });
    return diagnostics.filter(d => d.code === 'syntax').map(d => String(d.message));
}

// The parser's and lexer's own messages name token types, offsets and numbered sequences; ours name
// what is expected as the clinician writes it, and what to do.
describe('syntax errors read as advice', () => {
    test('a block left open at the end of the file says so', async () => {
        const [message] = await syntaxMessages('plan p {\n  phase a weeks 1-2 {\n');
        expect(message).toMatch(/end of the file/);
        expect(message).toMatch(/`\{` is not closed/);
    });

    test('a choice lists the words allowed, not token sequences', async () => {
        const [message] = await syntaxMessages('plan p { patient { side up } }');
        expect(message).toContain('`left`, `right` or `both`');
        expect(message).not.toMatch(/Token sequences|token of type/);
    });

    test.each([
        ['a Danish letter in a name', 'plan p { exercise tå { kind strength } }', /quotes/],
        ['an unclosed text', 'plan p "Title {\n}', /closing `"`/],
        ['an unclosed comment', 'plan p { }\n/* note', /`\*\/`/]
    ])('%s says what to do', async (_what, text, advice) => {
        const messages = await syntaxMessages(text);
        expect(messages.some(m => advice.test(m)), messages.join('\n')).toBe(true);
        expect(messages.join('\n')).not.toMatch(/offset|->/);
    });
});
