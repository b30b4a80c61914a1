// The lexer reads every word as ID and gives keywords their type by lookup (language/parser/rehab-token-builder.ts).
// This checks that it yields exactly the tokens of the textbook set-up, in which each keyword is a pattern of its own
// with ID as its longer alternative: on every example, every docs example and on generated and mutated plans.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Lexer, type TokenType } from 'chevrotain';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mutated, planText } from '../fuzz/plan-arbitraries.js';
import { Rehab } from '../test-services.js';

const lexer = Rehab.parser.Lexer;
const definition = lexer.definition as Record<string, TokenType>;

/** The same vocabulary with the word keywords as patterns again. */
function textbookLexer(): Lexer {
    const id = definition.ID;
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const tokens = Object.values(definition).map(t =>
        t.PATTERN === Lexer.NA && /^[a-zA-Z]/.test(t.name) ? { ...t, PATTERN: new RegExp(escape(t.name)), LONGER_ALT: id } : t
    );
    return new Lexer(tokens, { positionTracking: 'full' });
}

const reference = textbookLexer();
const summary = (tokens: Array<{ image: string; tokenType: TokenType; startOffset: number }>) =>
    tokens.map(t => `${t.startOffset}:${t.tokenType.name}:${t.image}`);

function same(text: string): void {
    expect(summary(lexer.tokenize(text).tokens)).toEqual(summary(reference.tokenize(text).tokens));
}

describe('keywords retyped from ID', () => {
    test('give the same tokens on every example and every docs example', () => {
        const examples = readdirSync('examples')
            .filter(f => f.endsWith('.rehab'))
            .map(f => readFileSync(join('examples', f), 'utf8'));
        const docs = [...readFileSync('docs/language.md', 'utf8').matchAll(/```rehab\n([\s\S]*?)```/g)].map(m => m[1]);
        expect(examples.length + docs.length).toBeGreaterThan(20);
        for (const text of [...examples, ...docs]) same(text);
    });

    test('give the same tokens on generated and mutated plans', () => {
        const base = readFileSync('examples/return-to-running.rehab', 'utf8');
        fc.assert(
            fc.property(fc.oneof(planText, mutated(base)), text => same(text)),
            { numRuns: 300, seed: 7 }
        );
    });
});
