import { expectCompletion, expectHover } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem, Diagnostic } from 'vscode-languageserver-types';
import { afterEach, describe, expect, test } from 'vitest';
import { Rehab, codes, validate } from '../test-services.js';

const completion = expectCompletion(Rehab);
const hover = expectHover(Rehab);

async function labelsAt(text: string): Promise<CompletionItem[]> {
    let items: CompletionItem[] = [];
    await completion({
        text,
        index: 0,
        disposeAfterCheck: true,
        assert: list => {
            items = list.items;
        }
    });
    return items;
}

const inPhase = (line: string) => `plan a {\n    phase p weeks 1-4 {\n        ${line}\n    }\n}`;

describe('completion', () => {
    test('offers plan members at the start of a plan line, and no names-only keywords', async () => {
        const labels = (await labelsAt('plan a {\n    <|>\n}')).map(i => i.label);
        expect(labels).toEqual(expect.arrayContaining(['condition', 'patient', 'monitor', 'phase', 'exercise', 'allow']));
        expect(labels).not.toContain('do');
        expect(labels).not.toContain('soft-surface');
    });

    test('offers every exercise after `do`, with its kind, user exercises first', async () => {
        const items = await labelsAt(
            'plan a {\n    exercise step-down "Slow step-down" { kind strength }\n    phase p weeks 1-4 {\n        do <|>\n    }\n}'
        );
        const byLabel = new Map(items.map(i => [i.label, i]));
        expect(byLabel.get('heel-raise')?.detail).toMatch(/^strength/);
        expect(byLabel.get('walk-run')?.detail).toMatch(/^running/);
        expect(byLabel.get('step-down')?.detail).toMatch(/^strength/);
        expect(byLabel.get('step-down')!.sortText! < byLabel.get('heel-raise')!.sortText!).toBe(true);
        expect(items.every(i => i.kind !== 14 /* Keyword */)).toBe(true);
    });

    test('offers the red flags (and `none` first) after `red-flags`, and en/da after `language`', async () => {
        const first = (await labelsAt('plan a {\n    patient { red-flags <|> }\n}')).map(i => i.label);
        expect(first).toEqual(expect.arrayContaining(['none', 'trauma', 'night-pain', 'bilateral-with-back-pain']));
        const next = (await labelsAt('plan a {\n    patient { red-flags trauma, <|> }\n}')).map(i => i.label);
        expect(next).toContain('fever');
        expect(next).not.toContain('none');
        expect((await labelsAt('plan a {\n    language <|>\n}')).map(i => i.label)).toEqual(expect.arrayContaining(['en', 'da']));
    });

    test('offers units after a number in a dose', async () => {
        const labels = (await labelsAt(inPhase('do walk 30 <|>'))).map(i => i.label);
        expect(labels).toEqual(expect.arrayContaining(['min', 's', 'h', '%', 'x']));
    });

    test('offers frequency forms after a dose', async () => {
        const labels = (await labelsAt(inPhase('do walk 30 min, <|>'))).map(i => i.label);
        expect(labels).toEqual(expect.arrayContaining(['3 times weekly', 'every other day', 'daily', 'twice']));
    });

    test('offers surfaces after `on` and only there', async () => {
        const labels = (await labelsAt(inPhase('do walk 30 min on <|>'))).map(i => i.label);
        expect(labels.sort()).toEqual(['barefoot-hard-floor', 'hard-surface', 'hills', 'soft-surface', 'treadmill']);
        expect((await labelsAt(inPhase('<|>'))).map(i => i.label)).not.toContain('treadmill');
    });

    test('offers every rule id after `allow`', async () => {
        const labels = (await labelsAt('plan a {\n    allow <|>\n}')).map(i => i.label);
        expect(labels).toEqual(expect.arrayContaining(Rehab.rules.Catalogue.allRules().map(r => r.id)));
    });

    test('offers exercise kinds after `kind`', async () => {
        const labels = (await labelsAt('plan a {\n    exercise e { kind <|> }\n}')).map(i => i.label);
        expect(labels).toEqual(expect.arrayContaining(['stretch', 'strength', 'procedure']));
        expect(labels).not.toContain('soft-surface');
    });
});

describe('hover', () => {
    afterEach(() => Rehab.rules.Settings.update({ language: 'en' }));

    test('an exercise reference shows its name, kind and guide section', async () => {
        await hover({
            text: inPhase('do heel-<|>raise 3 x 8 reps'),
            index: 0,
            disposeAfterCheck: true,
            hover: /Heel raise[\s\S]*strength[\s\S]*Øvelser & genoptræning/
        });
    });

    test('the chosen language switches to the Danish name and cue', async () => {
        Rehab.rules.Settings.update({ language: 'da' });
        await hover({ text: inPhase('do heel-<|>raise 3 x 8 reps'), index: 0, disposeAfterCheck: true, hover: /Hælløft/ });
    });

    test('a user exercise shows its own cue', async () => {
        await hover({
            text: 'plan a {\n    exercise step-<|>down "Slow step-down" { kind strength cue "Lower the heel over 3 s" }\n}',
            index: 0,
            disposeAfterCheck: true,
            hover: /Slow step-down[\s\S]*strength[\s\S]*Lower the heel over 3 s/
        });
    });

    test('a keyword shows the grammar rule’s doc comment', async () => {
        await hover({ text: 'plan a {\n    pha<|>se p weeks 1-2 { }\n}', index: 0, disposeAfterCheck: true, hover: /weeks A-B/ });
    });

    test('a keyword of a rule without a doc comment shows the calling rule’s', async () => {
        await hover({ text: inPhase('do walk 30 min, dai<|>ly'), index: 0, disposeAfterCheck: true, hover: /How often/ });
    });

    test('a keyword used as a name shows no keyword documentation', async () => {
        await hover({ text: 'plan a {\n    phase r<|>un weeks 1-2 { }\n}', index: 0, disposeAfterCheck: true, hover: undefined });
    });

    test('a rule diagnostic under the cursor shows its rule id and guide quote', async () => {
        const rule = Rehab.rules.Catalogue.allRules().find(r => r.id === 'RP002')!;
        await hover({
            text: 'plan a {\n    phase p weeks 1-2 { }\n    phase q weeks <|>5-6 { }\n}',
            index: 0,
            disposeAfterCheck: true,
            parseOptions: { validation: true },
            hover: new RegExp(`\\*\\*${rule.id}\\*\\*`)
        });
    });

    test('a rule id in `allow` shows that rule', async () => {
        await hover({ text: 'plan a {\n    allow RP0<|>02 because "x"\n}', index: 0, disposeAfterCheck: true, hover: /\*\*RP002\*\*/ });
    });
});

describe('code actions', () => {
    async function actionsFor(
        text: string
    ): Promise<{ actions: CodeAction[]; diagnostics: Diagnostic[]; apply: (a: CodeAction) => string }> {
        const { document, diagnostics } = await validate(text);
        const actions = (await Rehab.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() },
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            context: { diagnostics }
        })) as CodeAction[];
        const apply = (a: CodeAction) => TextDocument.applyEdits(document.textDocument, a.edit!.changes![document.uri.toString()]);
        return { actions: actions ?? [], diagnostics, apply };
    }

    test('the quick fix a rule attached is offered, and applying it removes the diagnostic', async () => {
        const { actions, diagnostics, apply } = await actionsFor('plan a {\n    phase p weeks 1-2 {\n        allow RP002\n    }\n}');
        expect(diagnostics.some(d => d.code === 'RP005' && d.severity === 1)).toBe(true);
        const fix = actions.find(a => a.isPreferred && a.diagnostics?.[0].code === 'RP005');
        expect(fix).toBeDefined();
        const after = await validate(apply(fix!));
        // A reason makes the `allow` valid; what may remain is the hint that it silences nothing here.
        expect(after.diagnostics.filter(d => d.code === 'RP005' && d.severity === 1)).toEqual([]);
    });

    test('a warning gets `allow RULE because "…"` at the end of its block, which silences it', async () => {
        const { actions, apply } = await actionsFor(
            'plan a {\n    phase p weeks 1-2 { }\n    phase q weeks 5-6 {\n        goal "g"\n    }\n}'
        );
        const allow = actions.find(a => a.diagnostics?.[0].code === 'RP002' && !a.isPreferred);
        expect(allow).toBeDefined();
        const text = apply(allow!);
        expect(text).toMatch(/goal "g"\n {8}allow RP002 because "[^"]+"\n {4}\}/);
        expect(codes((await validate(text)).diagnostics)).not.toContain('RP002');
    });

    test('an `allow` is inserted on its own line when the block closes on a content line', async () => {
        const { actions, apply } = await actionsFor('plan a {\n    phase p weeks 1-2 { }\n    phase q weeks 5-6 { goal "g" } }');
        const allow = actions.find(a => a.diagnostics?.[0].code === 'RP002' && !a.isPreferred);
        expect(codes((await validate(apply(allow!))).diagnostics)).not.toContain('RP002');
    });

    test('no `allow` action for RP005 itself, nor for syntax errors', async () => {
        const { actions } = await actionsFor('plan a {\n    allow RP002\n}');
        expect(actions.filter(a => !a.isPreferred)).toEqual([]);
    });
});
