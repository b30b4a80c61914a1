import { afterEach, describe, expect, test } from 'vitest';
import { clearDocuments } from 'langium/test';
import { isActivity, isPhase } from '../../language/generated/ast.js';
import { Rehab, validate } from '../test-services.js';

afterEach(() => clearDocuments(Rehab.shared));

describe('linking exercises', () => {
    test('built-in exercises link without an import', async () => {
        const { document, diagnostics } = await validate('plan p { phase a weeks 1-2 { do heel-raise 3 x 10 reps } }');
        expect(diagnostics.filter(d => d.code === 'reference')).toEqual([]);
        const activity = document.parseResult.value.plan!.members.filter(isPhase)[0].members.filter(isActivity)[0];
        expect(activity.exercise.ref?.kind).toBe('strength');
        expect(activity.exercise.ref?.titleDa).toBe('Hælløft');
    });

    test('ids are `[a-z][a-z0-9-]*` as the contract says: double and trailing hyphens too', async () => {
        const { document, diagnostics } = await validate(
            'plan a--b {\n    exercise ab- { kind strength }\n    phase x- weeks 1-4 { do ab- 3 x 10 reps tempo 3-0-3, daily }\n}'
        );
        expect(diagnostics.filter(d => d.code === 'syntax' || d.code === 'reference')).toEqual([]);
        expect(document.parseResult.value.plan?.name).toBe('a--b');
        const activity = document.parseResult.value.plan!.members.filter(isPhase)[0].members.filter(isActivity)[0];
        expect(activity.exercise.ref?.name).toBe('ab-');
    });

    test('every built-in of the contract is there, with kind, names, cues and guide section', () => {
        const ids = [
            'plantar-fascia-stretch',
            'calf-stretch',
            'hamstring-stretch',
            'heel-raise',
            'towel-scrunch',
            'toe-spread',
            'single-leg-balance',
            'cycling',
            'swimming',
            'walk',
            'walk-run',
            'run',
            'ice',
            'taping',
            'heel-cup',
            'insoles',
            'nsaid',
            'corticosteroid-injection',
            'shockwave',
            'surgery'
        ];
        const builtins = Rehab.library.Builtins;
        expect(
            builtins
                .exercises()
                .map(e => e.name)
                .sort()
        ).toEqual([...ids].sort());
        for (const e of builtins.exercises()) {
            expect([e.kind, e.title, e.titleDa, e.cue, e.cueDa, e.guide].every(Boolean), e.name).toBe(true);
        }
    });

    test('a user-defined exercise wins over a built-in of the same name', async () => {
        const { document } = await validate('plan p { exercise ice "Cold pack" { kind modality }\nphase a weeks 1-2 { do ice 10 min } }');
        const activity = document.parseResult.value.plan!.members.filter(isPhase)[0].members.filter(isActivity)[0];
        expect(activity.exercise.ref?.title).toBe('Cold pack');
    });

    test('an unknown name is a reference error suggesting the closest id', async () => {
        const { diagnostics } = await validate('plan p { phase a weeks 1-2 { do towel-scrunches 3 x 12 reps } }');
        const d = diagnostics.find(x => x.code === 'reference');
        expect(d?.severity).toBe(1);
        expect(d?.message).toContain('did you mean `towel-scrunch`?');
    });

    test('names may be keywords: phase run, do walk, do run', async () => {
        const { diagnostics } = await validate('plan run { phase run weeks 1-2 { do walk 30 min\ndo run 20 min } }');
        expect(diagnostics.filter(d => d.severity === 1)).toEqual([]);
    });
});

describe('imports', () => {
    test('an imported library exercise links, relative to the importing file', async () => {
        await validate('library lib { exercise step-down { kind strength } }', { uri: 'file:///clinic/lib/shared.rehab' });
        const { diagnostics } = await validate('import "lib/shared.rehab"\nplan p { phase a weeks 1-2 { do step-down 3 x 10 reps } }', {
            uri: 'file:///clinic/plan.rehab'
        });
        expect(diagnostics.filter(d => d.severity === 1)).toEqual([]);
    });

    test('a library not imported is not visible', async () => {
        await validate('library lib { exercise step-down { kind strength } }', { uri: 'file:///clinic/lib/shared.rehab' });
        const { diagnostics } = await validate('plan p { phase a weeks 1-2 { do step-down 3 x 10 reps } }', {
            uri: 'file:///clinic/plan.rehab'
        });
        expect(diagnostics.map(d => d.code)).toContain('reference');
    });

    test('a missing import file is an error on the import line', async () => {
        const { diagnostics } = await validate('import "nowhere.rehab"\nplan p { }', { uri: 'file:///clinic/plan.rehab' });
        const d = diagnostics.find(x => x.code === 'reference');
        expect(d?.range.start.line).toBe(0);
        expect(d?.message).toContain('nowhere.rehab');
    });

    test("a library with syntax errors is reported on the plan's import line", async () => {
        await validate('library lib { exercise step-down { kind strength }', {
            uri: 'file:///clinic/broken.rehab',
            allowSyntaxErrors: true
        });
        const { diagnostics } = await validate('import "broken.rehab"\nplan p { }', { uri: 'file:///clinic/plan.rehab' });
        expect(diagnostics).toContainEqual(
            expect.objectContaining({ code: 'reference', range: expect.objectContaining({ start: { line: 0, character: 7 } }) })
        );
    });

    test('an unclosed library names a real line, not -1', async () => {
        await validate('library lib {\n  exercise step-down { kind strength }\n', {
            uri: 'file:///clinic/open.rehab',
            allowSyntaxErrors: true
        });
        const { diagnostics } = await validate('import "open.rehab"\nplan p { }', { uri: 'file:///clinic/plan2.rehab' });
        const message = String(diagnostics.find(d => d.code === 'reference')?.message);
        expect(message).toMatch(/line [1-9]/);
    });

    test('importing a plan instead of a library is reported', async () => {
        await validate('plan other { }', { uri: 'file:///clinic/other.rehab' });
        const { diagnostics } = await validate('import "other.rehab"\nplan p { }', { uri: 'file:///clinic/plan.rehab' });
        expect(diagnostics.filter(d => d.code === 'reference').map(d => d.range.start.line)).toEqual([0]);
    });

    test('a cycle behind an import is reported on the importing plan too', async () => {
        await validate('import "a.rehab"\nlibrary b { exercise eb { kind strength } }', { uri: 'file:///w/b.rehab' });
        await validate('import "b.rehab"\nlibrary a { exercise ea { kind strength } }', { uri: 'file:///w/a.rehab' });
        const { diagnostics } = await validate('import "a.rehab"\nplan p { }', { uri: 'file:///w/p.rehab' });
        expect(diagnostics.some(d => d.code === 'reference' && d.range.start.line === 0)).toBe(true);
    });

    test('a well-formed library import adds no diagnostic', async () => {
        await validate('library lib { exercise step-down { kind strength } }', { uri: 'file:///clinic/good.rehab' });
        const { diagnostics } = await validate('import "good.rehab"\nplan p { }', { uri: 'file:///clinic/plan.rehab' });
        expect(diagnostics.filter(d => d.code === 'reference')).toEqual([]);
    });

    test('an import cycle is reported, and linking still ends', async () => {
        await validate('import "a.rehab"\nlibrary b { exercise eb { kind strength } }', { uri: 'file:///w/b.rehab' });
        const { diagnostics } = await validate('import "b.rehab"\nlibrary a { exercise ea { kind strength } }', {
            uri: 'file:///w/a.rehab'
        });
        expect(diagnostics.some(d => d.code === 'reference' && String(d.message).includes('cycle'))).toBe(true);
    });
});

describe('RP010 through imports', () => {
    test("a built-in replaced in a library imported by an imported library is reported on the plan's import line", async () => {
        const { services } = await import('../test-services.js');
        const { URI } = await import('langium');
        const docs = services.shared.workspace.LangiumDocuments;
        const factory = services.shared.workspace.LangiumDocumentFactory;
        const add = (name: string, text: string) => {
            const doc = factory.fromString(text, URI.parse(`file:///rp010/${name}`));
            docs.addDocument(doc);
            return doc;
        };
        const base = add('base.rehab', 'library base { exercise ice "Cold" { kind modality } }\n');
        const mid = add('mid.rehab', 'import "base.rehab"\nlibrary mid { exercise roller { kind support } }\n');
        const plan = add('plan.rehab', 'import "mid.rehab"\nplan p { phase a weeks 1-2 { do roller daily } }\n');
        await services.shared.workspace.DocumentBuilder.build([base, mid, plan], { validation: true });
        const rp010 = (plan.diagnostics ?? []).filter(d => d.code === 'RP010');
        expect(rp010.map(d => d.range.start.line)).toEqual([0]);
        for (const doc of [base, mid, plan]) docs.deleteDocument(doc.uri);
    });
});
