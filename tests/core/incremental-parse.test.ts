// Re-parsing only the edited plan member (language/workspace/incremental-parse.ts) must give exactly what a full
// parse gives: the same AST, the same position for every CST node, the same diagnostics. Random edits on real and
// generated plans; the 5,000-line plan is in incremental-parse-large.test.ts (the slow lane).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { generatePlan } from '../bench/generate-plan.js';
import { AstUtils } from 'langium';
import { isActivity, isModel } from '../../language/generated/ast.js';
import { changedSpan } from '../../language/workspace/incremental-parse.js';
import { EditedWorkspace, ReferenceWorkspace, checkEquality, diagnosticShape } from './incremental-equality.js';

describe('incremental re-parse equals a full parse', () => {
    test('on a generated 300-line plan, and both paths are taken', async () => {
        const edited = await checkEquality(generatePlan(300), 100, 4);
        const { incremental, full } = edited.counts;
        expect(incremental).toBeGreaterThan(50);
        expect(full).toBeGreaterThan(50);
    });

    test.each(['return-to-running', 'walker-62', 'late-injection'])('on examples/%s.rehab', async name => {
        const edited = await checkEquality(readFileSync(`examples/${name}.rehab`, 'utf8'), 25, 3);
        expect(edited.counts.incremental).toBeGreaterThan(0);
    });

    test('with Windows line endings, and in a library of exercises', async () => {
        const crlf = await checkEquality(readFileSync('examples/walker-62.rehab', 'utf8').replace(/\r?\n/g, '\r\n'), 25, 3);
        expect(crlf.counts.incremental).toBeGreaterThan(0);
        const library = await checkEquality(readFileSync('examples/library/clinic-exercises.rehab', 'utf8'), 25, 3);
        expect(library.counts.incremental).toBeGreaterThan(0);
    });

    test('an edit at a member boundary, or that moves it, takes the full parse', async () => {
        const base = generatePlan(300);
        const edited = new EditedWorkspace(base);
        await edited.build();
        const inside = base.replace('3 x 10 reps', '3 x 12 reps');
        await edited.change(inside);
        expect(edited.counts).toEqual({ incremental: 1, full: 0 });
        await edited.change(inside.replace('    phase p-3 ', '    phase  p-3 ').replace('    }\n    // phase 4', '    }}\n    // phase 4'));
        expect(edited.counts.full).toBe(1);
    });

    test('typing in a comment, between members or at the end of the line, changes no node', async () => {
        const base = generatePlan(300);
        const edited = new EditedWorkspace(base);
        await edited.build();
        const plan = edited.document.parseResult.value;
        const commented = base.replace('// phase 7 of', '// phase 77 of').replace('// phase 8 of 25', '// phase 8 of 25, calmer');
        await edited.change(base.replace('// phase 7 of', '// phase 77 of'));
        await edited.change(commented);
        expect(edited.counts).toEqual({ incremental: 2, full: 0 });
        // A new root and plan, as after a full parse (caches are keyed by the root), over the same members.
        const now = edited.document.parseResult.value;
        expect(now).not.toBe(plan);
        expect(isModel(now) && isModel(plan) && now.plan!.members[3]).toBe(isModel(plan) && plan.plan!.members[3]);
        // A line break ends the comment early: the rest of its line is no longer a comment.
        await edited.change(commented.replace('// phase 9 of', '// phase\n9 of'));
        expect(edited.counts.full).toBe(1);
    });
});

describe('names looked up while an edit is pending', () => {
    // A request still running when an edit arrives can resolve a name after the builder unlinked the document and
    // before the re-parse, against the previous tree. After the edit it must point into the new tree.
    test.each(['scope', 'link'])('by a %s lookup are looked up again in the edited plan', async how => {
        const before = `plan p "P" {
    condition plantar-fasciitis
    patient { age 40 red-flags none }
    exercise e "E" { kind strength }
    phase a weeks 1-4 { do e 3 x 10 reps, 3 times weekly }
}
`;
        const after = before.replace('kind strength', 'kind running');
        const edited = new EditedWorkspace(before);
        await edited.build();
        const activity = () => AstUtils.streamAst(edited.document.parseResult.value).find(isActivity)!;
        const listener = edited.shared.workspace.DocumentBuilder.onUpdate(() => {
            const node = activity();
            if (how === 'scope')
                edited.services.references.ScopeProvider.getScope({ reference: node.exercise, container: node, property: 'exercise' });
            else void node.exercise.ref;
        });
        const document = await edited.change(after);
        listener.dispose();
        expect(edited.counts.incremental).toBe(1);
        const target = activity().exercise.ref;
        expect(target?.kind).toBe('running');
        expect(isModel(document.parseResult.value) && document.parseResult.value.plan?.members).toContain(target);
        expect(diagnosticShape(document)).toEqual(diagnosticShape(await new ReferenceWorkspace().build(after)));
    });
});

describe('the changed span', () => {
    test('is the shortest region that differs', () => {
        expect(changedSpan('abcdef', 'abXdef')).toEqual({ start: 2, oldEnd: 3, newEnd: 3 });
        expect(changedSpan('abc', 'abc')).toEqual({ start: 3, oldEnd: 3, newEnd: 3 });
        expect(changedSpan('aa', 'aaa')).toEqual({ start: 2, oldEnd: 2, newEnd: 3 });
        expect(changedSpan('abc', '')).toEqual({ start: 0, oldEnd: 3, newEnd: 0 });
    });

    test('agrees with a character-by-character comparison, across the chunks it skips', () => {
        const naive = (a: string, b: string) => {
            let start = 0;
            while (start < Math.min(a.length, b.length) && a[start] === b[start]) start++;
            let [oldEnd, newEnd] = [a.length, b.length];
            while (oldEnd > start && newEnd > start && a[oldEnd - 1] === b[newEnd - 1]) [oldEnd, newEnd] = [oldEnd - 1, newEnd - 1];
            return { start, oldEnd, newEnd };
        };
        const text = fc.string({ unit: fc.constantFrom('a', 'b'), maxLength: 1200 });
        fc.assert(
            fc.property(text, fc.nat(), fc.nat({ max: 600 }), text, (base, at, remove, insert) => {
                const i = at % (base.length + 1);
                const edited = base.slice(0, i) + insert + base.slice(i + remove);
                expect(changedSpan(base, edited)).toEqual(naive(base, edited));
            })
        );
    });
});
