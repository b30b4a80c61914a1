import {
    AstUtils,
    Cancellation,
    DefaultReferenceDescriptionProvider,
    DefaultScopeComputation,
    DefaultScopeProvider,
    EMPTY_SCOPE,
    interruptAndCheck,
    MapScope,
    MultiMap,
    WorkspaceCache,
    type AstNode,
    type AstNodeDescription,
    type LangiumDocument,
    type LocalSymbols,
    type ReferenceDescription,
    type ReferenceInfo,
    type Scope
} from 'langium';
import type { Activity, Exercise, Model } from './generated/ast.js';
import { isActivity, isModel, isPhase } from './generated/ast.js';
import type { RehabServices } from './rehab-module.js';
import type { BuiltinLibrary } from './library/builtin-library.js';
import type { ImportResolver } from './workspace/import-resolver.js';

/**
 * `do X` sees, innermost first: the plan's own exercises, the exercises of imported files, the
 * built-in library. Each level is a map, and the whole chain is cached per document until the
 * workspace changes, so linking a large plan is linear rather than quadratic.
 */
export class RehabScopeProvider extends DefaultScopeProvider {
    private readonly builtins: BuiltinLibrary;
    private readonly imports: ImportResolver;
    private readonly exerciseScopes: WorkspaceCache<Model, Scope>;
    private builtinScope?: Scope;

    constructor(services: RehabServices) {
        super(services);
        this.builtins = services.library.Builtins;
        this.imports = services.workspace.Imports;
        this.exerciseScopes = new WorkspaceCache(services.shared);
    }

    override getScope(context: ReferenceInfo): Scope {
        if (isActivity(context.container) && context.property === 'exercise') {
            const model = AstUtils.getContainerOfType(context.container, isModel);
            return model ? this.exerciseScopes.get(model, () => this.createExerciseScope(model)) : EMPTY_SCOPE;
        }
        // `like X` names a built-in: the plan's own and imported exercises are not candidates.
        if (context.property === 'base' && context.container.$type === 'Exercise') return this.getBuiltinScope();
        return super.getScope(context);
    }

    private createExerciseScope(model: Model): Scope {
        const imported: AstNodeDescription[] = [];
        for (const doc of this.imports.reachableDocuments(model)) {
            const root = doc.parseResult.value;
            this.describe(root.library?.exercises ?? [], imported);
            this.describe(root.plan?.members.filter(isExercise) ?? [], imported);
        }
        const local = this.describe(model.plan?.members.filter(isExercise) ?? [], []);
        return new MapScope(local, new MapScope(imported, this.getBuiltinScope()));
    }

    private getBuiltinScope(): Scope {
        this.builtinScope ??= new MapScope(this.describe(this.builtins.exercises(), []));
        return this.builtinScope;
    }

    private describe(exercises: Exercise[], into: AstNodeDescription[]): AstNodeDescription[] {
        for (const e of exercises) {
            if (e.name) into.push(this.descriptions.createDescription(e, e.name, AstUtils.getDocument(e)));
        }
        return into;
    }
}

function isExercise(node: { $type: string }): node is Exercise {
    return node.$type === 'Exercise';
}

/**
 * The only cross-reference, `do X`, is resolved from the maps above, so the default table of every
 * named node by container (a walk over the whole AST and a description per phase and exercise on
 * each edit) would be built for nobody.
 */
export class RehabScopeComputation extends DefaultScopeComputation {
    override collectLocalSymbols(_document: LangiumDocument): Promise<LocalSymbols> {
        return Promise.resolve(new MultiMap<AstNode, AstNodeDescription>());
    }
}

/**
 * The grammar's cross-references are `do X` (Activity.exercise, only in phases) and `like X` (Exercise.base).
 * Visiting just those, instead of every node of the AST and every property of each node, keeps the
 * reference index (and the linking that uses {@link exerciseReferences}) proportional to the activities.
 */
export function* exerciseReferences(root: AstNode): Generator<ReferenceInfo & { container: Activity | Exercise }> {
    if (!isModel(root)) return;
    for (const exercise of root.library?.exercises ?? []) {
        if (exercise.base) yield { reference: exercise.base, container: exercise, property: 'base' };
    }
    for (const member of root.plan?.members ?? []) {
        if (isExercise(member) && member.base) yield { reference: member.base, container: member, property: 'base' };
        if (!isPhase(member)) continue;
        for (const node of member.members) {
            if (isActivity(node) && node.exercise) yield { reference: node.exercise, container: node, property: 'exercise' };
        }
    }
}

export class RehabReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(
        document: LangiumDocument,
        cancelToken = Cancellation.CancellationToken.None
    ): Promise<ReferenceDescription[]> {
        await interruptAndCheck(cancelToken);
        const descriptions: ReferenceDescription[] = [];
        for (const info of exerciseReferences(document.parseResult.value)) {
            if (!info.reference.error) descriptions.push(...this.createInfoDescriptions(info));
        }
        return descriptions;
    }
}
