import { readFileSync } from 'node:fs';
import { URI, type LangiumDocument } from 'langium';
import { expectFormatting } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol, Location, LocationLink } from 'vscode-languageserver-types';
import { describe, expect, test } from 'vitest';
import { toRehabSettings } from '../../language/lsp/rehab-settings-sync.js';
import { Rehab, services, validate } from '../test-services.js';

const formatting = expectFormatting(Rehab);
const example = readFileSync(new URL('../../examples/return-to-running.rehab', import.meta.url), 'utf8');
const whole = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };

async function format(text: string): Promise<string> {
    const { document } = await validate(text, { allowSyntaxErrors: true });
    const edits = await Rehab.lsp.Formatter!.formatDocument(document, {
        textDocument: { uri: document.uri.toString() },
        options: { tabSize: 4, insertSpaces: true }
    });
    return TextDocument.applyEdits(document.textDocument, edits);
}

describe('formatting', () => {
    test('lays a compressed plan out canonically', async () => {
        await formatting({
            before: 'plan a "T" { condition plantar-fasciitis\n  patient { age 46 side left }\n phase p weeks 1 - 4 {   do walk-run 10 x ( 1 min run + 2 min walk ) ,3 times weekly on soft-surface { progress run-time + 10 % every week }\n  entry when first-step pain at most 2 / 10\n do heel-raise 3 x 8 reps tempo 3 - 0 - 3 } }',
            after: 'plan a "T" {\n    condition plantar-fasciitis\n    patient {\n        age 46\n        side left\n    }\n    phase p weeks 1-4 {\n        do walk-run 10 x (1 min run + 2 min walk), 3 times weekly on soft-surface {\n            progress run-time +10 % every week\n        }\n        entry when first-step pain at most 2/10\n        do heel-raise 3 x 8 reps tempo 3-0-3\n    }\n}',
            disposeAfterCheck: true
        });
    });

    test('keeps comments, keeps one blank line, puts exercise statements on their own lines', async () => {
        await formatting({
            before: '// head\nplan a {\n  // about p\n\n\n  phase p weeks 1-2 { do walk 30 min   // trailing\n  }\n  exercise e "E" { kind strength cue "c" }\n}',
            after: '// head\nplan a {\n    // about p\n\n    phase p weeks 1-2 {\n        do walk 30 min   // trailing\n    }\n    exercise e "E" {\n        kind strength\n        cue "c"\n    }\n}',
            disposeAfterCheck: true
        });
    });

    test('the contract example is already canonical, and formatting is idempotent', async () => {
        expect(await format(example)).toBe(example);
        const messy = example.replace(/\n {4}/g, '\n  ').replace(/ x /g, '  x ');
        const once = await format(messy);
        expect(await format(once)).toBe(once);
    });

    test('a document with syntax errors is left alone', async () => {
        expect(await format('plan a { phase p weeks {  ')).toBe('plan a { phase p weeks {  ');
    });
});

describe('outline, inlay hints and CodeLens', () => {
    test('document symbols are plan → phases → activities', async () => {
        const { document } = await validate(example);
        const symbols = (await Rehab.lsp.DocumentSymbolProvider!.getSymbols(document, {
            textDocument: { uri: document.uri.toString() }
        })) as DocumentSymbol[];
        const tree = symbols.map(s => [s.name, s.children?.map(c => [c.name, c.children?.map(a => a.name)])]);
        expect(tree).toEqual([
            [
                'return-to-running',
                [
                    ['calm', ['ice', 'heel-cup', 'plantar-fascia-stretch', 'calf-stretch']],
                    ['strengthen', ['heel-raise', 'towel-scrunch', 'single-leg-balance', 'cycling']],
                    ['run', ['walk-run']],
                    ['maintain', ['calf-stretch', 'heel-raise']]
                ]
            ]
        ]);
    });

    test('each progression shows where it ends', async () => {
        const { document } = await validate(example);
        const hints = await Rehab.lsp.InlayHintProvider!.getInlayHints(document, {
            textDocument: { uri: document.uri.toString() },
            range: whole
        });
        expect(hints?.map(h => h.label)).toEqual(['→ wk 12: 12 reps', '→ wk 26: 34.5 min/session']);
        const runLine = example.split('\n').findIndex(l => l.includes('progress run-time'));
        expect(hints?.[1].position.line).toBe(runLine);
    });

    test('each phase has a CodeLens summary', async () => {
        const { document } = await validate(example);
        const lenses = await Rehab.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
        expect(lenses?.length).toBe(4);
        expect(lenses?.[2].command?.title).toBe('weeks 13-26 · 3 sessions/week · running 10 → 34.5 min');
    });

    test('CodeLens and inlay hints follow the editor language, with Danish decimal commas', async () => {
        const { document } = await validate(example);
        Rehab.rules.Settings.update({ language: 'da' });
        try {
            const lenses = await Rehab.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
            expect(lenses?.[2].command?.title).toBe('uge 13-26 · 3 gange/uge · løb 10 → 34,5 min');
            const hints = await Rehab.lsp.InlayHintProvider!.getInlayHints(document, {
                textDocument: { uri: document.uri.toString() },
                range: whole
            });
            expect(hints?.map(h => h.label)).toEqual(['→ uge 12: 12 gentagelser', '→ uge 26: 34,5 min/gang']);
        } finally {
            Rehab.rules.Settings.update({ language: 'en' });
        }
    });
});

describe('semantic tokens', () => {
    test('built-in exercise references carry the defaultLibrary modifier, user ones do not', async () => {
        const { document } = await validate(
            'plan a {\n    exercise mine { kind strength }\n    phase p weeks 1-2 {\n        do mine 3 x 8 reps\n        do heel-raise 3 x 8 reps\n    }\n}'
        );
        const provider = Rehab.lsp.SemanticTokenProvider!;
        const { data } = await provider.semanticHighlight(document, { textDocument: { uri: document.uri.toString() } });
        const legend = provider.semanticTokensOptions.legend;
        const tokens: Array<{ line: number; type: string; modifiers: string[] }> = [];
        for (let i = 0, line = 0; i < data.length; i += 5) {
            line += data[i];
            tokens.push({
                line,
                type: legend.tokenTypes[data[i + 3]],
                modifiers: legend.tokenModifiers.filter((_, bit) => (data[i + 4] >> bit) & 1)
            });
        }
        expect(tokens.find(t => t.line === 3 && t.type === 'function')?.modifiers).toEqual([]);
        expect(tokens.find(t => t.line === 4 && t.type === 'function')?.modifiers).toEqual(['defaultLibrary']);
        expect(tokens.find(t => t.line === 2 && t.type === 'class')?.modifiers).toEqual(['declaration']);
    });
});

describe('navigation across imports', () => {
    const dir = 'file:///nav-test';
    const library = 'library lib {\n    exercise step-down "Slow step-down" { kind strength }\n}\n';
    const plan =
        'import "lib.rehab"\nplan a {\n    phase p weeks 1-2 {\n        do step-down 3 x 8 reps\n        do heel-raise 3 x 8 reps\n    }\n}\n';
    const pos = (doc: LangiumDocument, needle: string, delta = 1) =>
        doc.textDocument.positionAt(doc.textDocument.getText().indexOf(needle) + delta);

    async function load(): Promise<{ lib: LangiumDocument; main: LangiumDocument }> {
        const factory = services.shared.workspace.LangiumDocumentFactory;
        const docs = services.shared.workspace.LangiumDocuments;
        for (const name of ['lib', 'main']) {
            const uri = URI.parse(`${dir}/${name}.rehab`);
            if (docs.hasDocument(uri)) docs.deleteDocument(uri);
        }
        const lib = factory.fromString(library, URI.parse(`${dir}/lib.rehab`));
        const main = factory.fromString(plan, URI.parse(`${dir}/main.rehab`));
        docs.addDocument(lib);
        docs.addDocument(main);
        await services.shared.workspace.DocumentBuilder.build([lib, main], { validation: true });
        return { lib, main };
    }

    test('go to definition jumps into the imported library, but never into the built-ins', async () => {
        const { main } = await load();
        const links = (await Rehab.lsp.DefinitionProvider!.getDefinition(main, {
            textDocument: { uri: main.uri.toString() },
            position: pos(main, 'step-down')
        })) as LocationLink[];
        expect(links.map(l => l.targetUri)).toEqual([`${dir}/lib.rehab`]);
        const builtin = await Rehab.lsp.DefinitionProvider!.getDefinition(main, {
            textDocument: { uri: main.uri.toString() },
            position: pos(main, 'heel-raise')
        });
        expect(builtin ?? []).toEqual([]);
    });

    test('find references and rename reach across files', async () => {
        const { lib, main } = await load();
        const refs = (await Rehab.lsp.ReferencesProvider!.findReferences(lib, {
            textDocument: { uri: lib.uri.toString() },
            position: pos(lib, 'step-down'),
            context: { includeDeclaration: true }
        })) as Location[];
        expect(refs.map(r => r.uri).sort()).toEqual([`${dir}/lib.rehab`, `${dir}/main.rehab`]);
        const fromUse = (await Rehab.lsp.ReferencesProvider!.findReferences(main, {
            textDocument: { uri: main.uri.toString() },
            position: pos(main, 'step-down'),
            context: { includeDeclaration: true }
        })) as Location[];
        expect(fromUse.map(r => r.uri).sort()).toEqual(refs.map(r => r.uri).sort());
        const edit = await Rehab.lsp.RenameProvider!.rename(lib, {
            textDocument: { uri: lib.uri.toString() },
            position: pos(lib, 'step-down'),
            newName: 'slow-step-down'
        });
        expect(Object.keys(edit?.changes ?? {}).sort()).toEqual([`${dir}/lib.rehab`, `${dir}/main.rehab`]);
        expect(edit!.changes![`${dir}/main.rehab`].map(e => e.newText)).toEqual(['slow-step-down']);
    });

    test('built-in exercises and invalid names cannot be renamed', async () => {
        const { main } = await load();
        const at = { textDocument: { uri: main.uri.toString() }, position: pos(main, 'heel-raise') };
        expect(await Rehab.lsp.RenameProvider!.prepareRename(main, at)).toBeUndefined();
        expect(await Rehab.lsp.RenameProvider!.rename(main, { ...at, newName: 'x' })).toBeUndefined();
        const phase = { textDocument: { uri: main.uri.toString() }, position: pos(main, 'phase p', 6) };
        expect(await Rehab.lsp.RenameProvider!.rename(main, { ...phase, newName: 'not a name' })).toBeUndefined();
        expect(
            Object.values((await Rehab.lsp.RenameProvider!.rename(main, { ...phase, newName: 'load' }))?.changes ?? {})
                .flat()
                .map(e => e.newText)
        ).toEqual(['load']);
    });
});

describe('editor settings', () => {
    test('auto follows the display language; explicit wins; bad severities are dropped', () => {
        expect(toRehabSettings(undefined, 'da-DK').language).toBe('da');
        expect(toRehabSettings({ diagnostics: { language: 'auto' } }, 'en-US').language).toBe('en');
        expect(toRehabSettings({ diagnostics: { language: 'en' } }, 'da').language).toBe('en');
        expect(toRehabSettings({ rules: { PF033: 'error', RP002: 'loud', RP009: 'off' } }, undefined).severities).toEqual({
            PF033: 'error',
            RP009: 'off'
        });
    });
});

describe('robustness', () => {
    test('every provider answers on truncated plans without throwing', async () => {
        const lsp = Rehab.lsp;
        for (let cut = 7; cut < example.length; cut += Math.ceil(example.length / 40)) {
            const { document } = await validate(example.slice(0, cut), { allowSyntaxErrors: true });
            const textDocument = { uri: document.uri.toString() };
            const position = document.textDocument.positionAt(cut);
            const diagnostics = document.diagnostics ?? [];
            await lsp.CompletionProvider!.getCompletion(document, { textDocument, position });
            await lsp.HoverProvider!.getHoverContent(document, { textDocument, position: document.textDocument.positionAt(cut - 3) });
            await lsp.CodeActionProvider!.getCodeActions(document, {
                textDocument,
                range: { start: position, end: position },
                context: { diagnostics }
            });
            await lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument });
            await lsp.InlayHintProvider!.getInlayHints(document, { textDocument, range: whole });
            await lsp.CodeLensProvider!.provideCodeLens(document, { textDocument });
            await lsp.Formatter!.formatDocument(document, { textDocument, options: { tabSize: 4, insertSpaces: true } });
        }
    });
});
