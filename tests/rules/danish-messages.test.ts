import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { clearDocuments } from 'langium/test';
import { Rehab, validate } from '../test-services.js';

// With the message language set to Danish, no diagnostic may carry an English fragment: the
// generic rules' arguments, the linker's and import messages and the syntax errors included.
beforeEach(() => Rehab.rules.Settings.update({ language: 'da' }));
afterEach(() => {
    Rehab.rules.Settings.update({ language: 'en' });
    void clearDocuments(Rehab.shared);
});

const ENGLISH = /\b(the|is|out of range|more than|between|years|give|use|write|Unknown|Expecting|found|Cannot|did you mean)\b/;

async function messages(text: string, allowSyntaxErrors = false): Promise<Map<string, string>> {
    const { diagnostics } = await validate(text, { allowSyntaxErrors });
    return new Map(diagnostics.map(d => [String(d.code), String(d.message)]));
}

describe('Danish messages', () => {
    test.each([
        ['RP006', 'plan p { patient { age 130 } }'],
        ['RP006', 'plan p { phase a weeks 1-2 { do heel-raise 0 x 10 reps } }'],
        ['RP006', 'plan p { language fr }'],
        ['RP006', 'plan p { patient { red-flags feverr } }'],
        ['RP007', 'plan p { phase a weeks 1-2 { do ice 3 x 10 reps } }'],
        ['RP003', 'plan p { phase a weeks 1-2 { }\nphase a weeks 3-4 { } }'],
        ['RP008', 'plan p { phase a weeks 1-2 { do heel-raise 3 x 10 reps { progress reps +2 kg every week } } }'],
        ['reference', 'plan p { phase a weeks 1-2 { do heel-rase 3 x 10 reps } }']
    ])('%s in `%s` is all Danish', async (rule, text) => {
        const message = (await messages(text)).get(rule);
        expect(message, rule).toBeDefined();
        expect(message).not.toMatch(ENGLISH);
    });

    test('a value just over a limit keeps its decimals, with a Danish comma (24,02 h, not "24 h" beside the 24 h limit)', async () => {
        const message = (await messages('plan p {\n    condition plantar-fasciitis\n    monitor { pain settles within 1441 min }\n}')).get(
            'PF012'
        );
        expect(message).toContain('24,02');
    });

    test('syntax errors are Danish too', async () => {
        const message = (await messages('plan p { patient { side up } }', true)).get('syntax');
        expect(message).toMatch(/Forventede/);
        expect(message).not.toMatch(ENGLISH);
    });
});
