import { GrammarUtils, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbolParams } from 'vscode-languageserver';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { Activity, Exercise, Model, Phase } from '../generated/ast.js';
import { isActivity, isExercise, isPhase } from '../generated/ast.js';
import type { RehabServices } from '../rehab-module.js';
import { exerciseKind } from '../plan/plan-queries.js';

/** The outline and breadcrumbs: plan → phases → activities, and the user's exercises. */
export class RehabDocumentSymbolProvider implements DocumentSymbolProvider {
    constructor(_services: RehabServices) {}

    getSymbols(document: LangiumDocument, _params: DocumentSymbolParams): MaybePromise<DocumentSymbol[]> {
        const model = document.parseResult.value as Model;
        const result: DocumentSymbol[] = [];
        const plan = model.plan;
        if (plan) {
            const children: DocumentSymbol[] = [];
            for (const member of plan.members) {
                if (isPhase(member)) pushSymbol(children, this.phaseSymbol(member));
                else if (isExercise(member)) pushSymbol(children, exerciseSymbol(member));
            }
            pushSymbol(result, symbol(plan, plan.name, plan.title, SymbolKind.Module, children));
        }
        const library = model.library;
        if (library) {
            const children: DocumentSymbol[] = [];
            for (const exercise of library.exercises) pushSymbol(children, exerciseSymbol(exercise));
            pushSymbol(result, symbol(library, library.name, library.title, SymbolKind.Package, children));
        }
        return result;
    }

    private phaseSymbol(phase: Phase): DocumentSymbol | undefined {
        const children: DocumentSymbol[] = [];
        for (const member of phase.members) if (isActivity(member)) pushSymbol(children, activitySymbol(member));
        const weeks = phase.to !== undefined && phase.to !== phase.from ? `weeks ${phase.from}-${phase.to}` : `week ${phase.from}`;
        return symbol(phase, phase.name, [phase.title, weeks].filter(Boolean).join(' · '), SymbolKind.Namespace, children);
    }
}

function activitySymbol(activity: Activity): DocumentSymbol | undefined {
    const name = activity.exercise?.$refText || 'do';
    const detail = activity.$cstNode?.text
        .split('\n')[0]
        .replace(/^do\s+\S+\s*/, '')
        .replace(/\s*\{\s*$/, '');
    return symbol(activity, name, detail, SymbolKind.Event, []);
}

function exerciseSymbol(exercise: Exercise): DocumentSymbol | undefined {
    return symbol(exercise, exercise.name, [exerciseKind(exercise), exercise.title].filter(Boolean).join(' · '), SymbolKind.Function, []);
}

function symbol(
    node: AstNode,
    name: string | undefined,
    detail: string | undefined,
    kind: SymbolKind,
    children: DocumentSymbol[]
): DocumentSymbol | undefined {
    const cst = node.$cstNode;
    if (!cst) return undefined;
    const nameNode = GrammarUtils.findNodeForProperty(cst, isActivity(node) ? 'exercise' : 'name');
    return { name: name || '?', detail: detail || undefined, kind, range: cst.range, selectionRange: (nameNode ?? cst).range, children };
}

function pushSymbol(into: DocumentSymbol[], s: DocumentSymbol | undefined): void {
    if (s) into.push(s);
}
