import { GrammarUtils, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';
import type { Exercise, Import, RehabAstType } from '../generated/ast.js';
import { isActivity, isExercise, isPhase, isPlan } from '../generated/ast.js';
import type { RehabServices } from '../rehab-module.js';
import type { BuiltinLibrary } from '../library/builtin-library.js';
import type { ImportResolver } from '../workspace/import-resolver.js';
import { isBuiltinExercise } from '../plan/plan-queries.js';
import { RuleFamily } from './rule-family.js';

/**
 * RP010: a user exercise, in the plan or in an imported library, that takes a built-in's id and with it switches the
 * built-in's rules off.
 */
export class GenericExerciseValidator extends RuleFamily {
    override readonly owns = ['RP010'];
    private readonly builtins: BuiltinLibrary;
    private readonly imports: ImportResolver;

    constructor(services: RehabServices) {
        super(services);
        this.builtins = services.library.Builtins;
        this.imports = services.workspace.Imports;
    }

    checks(): ValidationChecks<RehabAstType> {
        return {
            Exercise: this.checkExerciseDoesNotReplaceABuiltin,
            Import: this.checkImportReplacesNoBuiltin
        };
    }

    checkExerciseDoesNotReplaceABuiltin(exercise: Exercise, accept: ValidationAcceptor): void {
        const builtin = this.builtins.get(exercise.name);
        if (isBuiltinExercise(exercise) || !builtin) return;
        // A variant must keep the built-in's kind; with another kind the clinician has to choose, so no fix is offered.
        const sameKind = !exercise.kind || exercise.kind === builtin.kind;
        const edits = sameKind ? renameToVariant(exercise) : [];
        const fix = edits.length > 0 ? { title: `Rename to \`my-${exercise.name} like ${exercise.name}\``, edits } : undefined;
        this.report(accept, 'RP010', { node: exercise, property: 'name', args: { exercise: exercise.name }, fix });
    }

    /** The plan's import line says it too: the definition sits in another file that the plan's reader may not open. */
    checkImportReplacesNoBuiltin(imp: Import, accept: ValidationAcceptor): void {
        const imported = this.imports.importedDocument(imp);
        if (!imported) return;
        // A library imported through this one replaces the built-in in this plan as well.
        const documents = [imported, ...this.imports.reachableDocuments(imported.parseResult.value)];
        const reported = new Set<string>();
        for (const root of documents.map(d => d.parseResult.value)) {
            for (const exercise of [...(root.library?.exercises ?? []), ...(root.plan?.members.filter(isExercise) ?? [])]) {
                if (!this.builtins.get(exercise.name) || reported.has(exercise.name)) continue;
                reported.add(exercise.name);
                this.report(accept, 'RP010', {
                    node: imp,
                    property: 'path',
                    variant: 'import',
                    args: { exercise: exercise.name, file: imp.path }
                });
            }
        }
    }
}

/**
 * `exercise ice …` → `exercise my-ice like ice …`, and every `do ice` of the same plan → `do my-ice`, so the plan
 * keeps doing the clinic's exercise. Only for a plan's own exercise: a library's users live in other files.
 */
function renameToVariant(exercise: Exercise): TextEdit[] {
    const name = exercise.$cstNode && GrammarUtils.findNodeForProperty(exercise.$cstNode, 'name');
    const plan = exercise.$container;
    if (!name || exercise.base || !isPlan(plan)) return [];
    const renamed = `my-${exercise.name}`;
    const edits: TextEdit[] = [{ range: name.range, newText: `${renamed} like ${exercise.name}` }];
    for (const phase of plan.members.filter(isPhase)) {
        for (const activity of phase.members.filter(isActivity)) {
            const ref = activity.exercise;
            if (ref?.ref === exercise && ref.$refNode) edits.push({ range: ref.$refNode.range, newText: renamed });
        }
    }
    return edits;
}
