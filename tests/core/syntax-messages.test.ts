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
        expect(
            messages.some(m => advice.test(m)),
            messages.join('\n')
        ).toBe(true);
        expect(messages.join('\n')).not.toMatch(/offset|->/);
    });
});

// Issue "Language v2": the mistakes clinicians make, each with a message that says what to write instead.
describe('the mistakes people make', () => {
    const inPhase = (line: string) => `plan p {\n    condition plantar-fasciitis\n    phase a weeks 1-4 {\n        ${line}\n    }\n}\n`;

    test.each([
        ['a misspelt unit', inPhase('do ice 15 minuts, 2 times daily'), /`minuts` is not a unit: write `min`/],
        ['a misspelt reps', inPhase('do heel-raise 3 x 10 rep, every other day'), /`rep` is not a unit: write `reps`/],
        ['a Danish unit', inPhase('do ice 15 minutter, 2 times daily'), /`minutter` is not a unit: write `min`/],
        ['a missing unit', inPhase('do ice 15, 2 times daily'), /15 needs a unit or `times`: write `15 min`/],
        ['`times` left out of a frequency', inPhase('do calf-stretch 3 x 30 s hold, 2 per day'), /Write `2 times per day`/],
        ['`week` for `weeks`', 'plan p {\n    phase a week 1-4 { }\n}\n', /Write `weeks` here, e.g. `weeks 1-4`/],
        [
            'a history line in `patient`',
            'plan p {\n    patient { red-flags none  symptoms 6 weeks }\n}\n',
            /write it in `history \{ symptoms for 6 weeks \}`/
        ],
        [
            'an unknown field',
            'plan p {\n    patient { age 40  height 180 }\n}\n',
            /`height` is not part of `patient`; did you mean `weight`\? It takes: `age`, `weight`/
        ],
        [
            'a line the monitor does not take',
            'plan p {\n    monitor { pain settle within 24 h }\n}\n',
            /`pain settle` is not part of `monitor`/
        ],
        [
            'an unknown exercise field',
            'plan p {\n    exercise e { kind strength  colour "blue" }\n}\n',
            /`colour` is not part of `exercise`. It takes: `kind`, `cue`, `link`/
        ]
    ])('%s', async (_name, text, expected) => {
        const messages = await syntaxMessages(text);
        expect(messages[0]).toMatch(expected);
    });

    test('the same mistakes in Danish', async () => {
        Rehab.rules.Settings.update({ language: 'da' });
        try {
            expect((await syntaxMessages(inPhase('do ice 15 minuts, 2 times daily')))[0]).toMatch(/`minuts` er ikke en enhed: skriv `min`/);
            expect((await syntaxMessages('plan p {\n    patient { age 40  height 180 }\n}\n'))[0]).toMatch(
                /hører ikke til i `patient`; mente du `weight`/
            );
        } finally {
            Rehab.rules.Settings.update({ language: 'en' });
        }
    });

    test('one mistake is one message: no "after the end of the plan", no rule diagnostics it caused', async () => {
        const { diagnostics } = await validate(
            'plan p {\n    condition plantar-fasciitis\n    phase a week 1-4 {\n        do heel-raise 3 x 10 reps tempo 3-0-3, every other day\n    }\n}\n',
            { allowSyntaxErrors: true }
        );
        expect(diagnostics.map(d => d.code)).toEqual(['syntax']);
    });

    test('an unknown exercise suggests one that is actually close, or none', async () => {
        const close = (await validate(inPhase('do running 20 min'), { allowSyntaxErrors: true })).diagnostics.find(
            d => d.code === 'reference'
        );
        expect(close?.message).toContain('did you mean `run`?');
        const far = (await validate(inPhase('do zumba 20 min'), { allowSyntaxErrors: true })).diagnostics.find(d => d.code === 'reference');
        expect(far?.message).not.toContain('did you mean');
    });

    test('`redness` is a red flag now; a typo of one gets a close suggestion', async () => {
        const { diagnostics } = await validate('plan p { patient { red-flags rednes } }');
        const d = diagnostics.find(x => x.code === 'RP006');
        expect(d?.message).toContain('did you mean `redness`?');
    });
});

// Found by a physiotherapist trying the tool from the README and docs alone: each message says what to write.
describe('mistakes from the user test', () => {
    const inPhase = (line: string) => `plan p {\n    phase a weeks 1-4 {\n        ${line}\n    }\n}\n`;
    const atPlan = (line: string) =>
        `plan p {\n    ${line}\n    phase a weeks 1-4 {\n        do heel-raise 3 x 10 reps, every other day\n    }\n}\n`;

    test.each([
        ['`2x daily`', inPhase('do calf-stretch 3 x 30 s, 2x daily'), /Write `2 times daily`/],
        ['`2s daily` never says `s` is not a unit', inPhase('do calf-stretch 3 x 30 s, 2s daily'), /Write `2 times daily`/],
        ['`3 sets of 10`', inPhase('do heel-raise 3 sets of 10'), /`3 x 10 reps`/],
        ['`3x10` without spaces', inPhase('do heel-raise 3x10'), /Put spaces around `x`: `3 x 10`/],
        ['intervals with `/`', inPhase('do walk-run 10 x (1 min run / 2 min walk)'), /with `\+`: `10 x \(1 min run \+ 2 min walk\)`/],
        ['`every second day`', inPhase('do ice 15 min, every second day'), /`every other day`, or `every 2 days`/],
        ['a procedure without `at`', inPhase('do shockwave week 3'), /`do shockwave at week 3`/],
        ['a date written day first with dots', atPlan('start 7.12.2026'), /`start 2026-12-07`/],
        ['red flags without commas', atPlan('patient { red-flags wound numbness }'), /separated by commas/],
        ['a review over weeks', atPlan('review at week 6-8'), /`review at week 6`/],
        ['a patient fact at plan level', atPlan('red-flags none'), /goes in `patient \{ red-flags … \}`/],
        [
            '`stop when` inside `monitor`',
            atPlan('monitor { pain during activity at most 3/10  stop when swelling }'),
            /`stop when …` is a line of the plan or of a phase/
        ],
        [
            '`progress` without braces',
            inPhase('do heel-raise 3 x 8 reps\n        progress reps +2 every 2 weeks'),
            /goes in braces after its activity/
        ]
    ])('%s', async (_name, text, expected) => {
        const messages = await syntaxMessages(text);
        expect(messages[0]).toMatch(expected);
        expect(messages.join('\n')).not.toMatch(/`(\w+)` is not a unit: write `\1`/);
    });

    test('a date written day first with dashes names the date the right way round', async () => {
        const { diagnostics } = await validate(atPlan('start 07-12-2026'));
        expect(diagnostics.find(d => d.code === 'RP006')?.message).toContain('`start 2026-12-07`');
    });

    test('a red flag written in other words gets the flag it means', async () => {
        const { diagnostics } = await validate(atPlan('patient { red-flags wound, reduced-sensation }'));
        expect(diagnostics.find(d => d.code === 'RP006')?.message).toContain('did you mean `numbness`?');
    });

    test('shockwave too early without a history says how to record treatment already done', async () => {
        const { diagnostics } = await validate(
            'plan p {\n    condition plantar-fasciitis\n    phase a weeks 1-4 {\n        do heel-raise 3 x 10 reps tempo 3-0-3, every other day\n        do shockwave at week 3\n    }\n}\n'
        );
        expect(diagnostics.find(d => d.code === 'PF052')?.message).toContain('history { treated for');
    });
});
