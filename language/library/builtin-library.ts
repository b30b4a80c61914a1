import { URI, type LangiumDocument } from 'langium';
import type { LangiumCoreServices } from 'langium';
import type { Exercise, Model } from '../generated/ast.js';
import { BUILTIN_LIBRARY_SOURCE, BUILTIN_LIBRARY_URI } from './builtin-source.js';

/**
 * The built-in exercises, parsed once per service container. The document is kept out of the
 * workspace on purpose: it never changes, so it needs no indexing, linking or validation, and
 * editors never receive diagnostics for it.
 */
export class BuiltinLibrary {
    private document?: LangiumDocument<Model>;
    private byName?: Map<string, Exercise>;

    constructor(private readonly services: LangiumCoreServices) {}

    get uri(): URI {
        return URI.parse(BUILTIN_LIBRARY_URI);
    }

    getDocument(): LangiumDocument<Model> {
        this.document ??= this.services.shared.workspace.LangiumDocumentFactory.fromString<Model>(BUILTIN_LIBRARY_SOURCE, this.uri);
        return this.document;
    }

    exercises(): Exercise[] {
        return this.getDocument().parseResult.value.library?.exercises ?? [];
    }

    get(id: string): Exercise | undefined {
        this.byName ??= new Map(this.exercises().map(e => [e.name, e]));
        return this.byName.get(id);
    }

    isBuiltin(exercise: Exercise): boolean {
        return this.get(exercise.name) === exercise;
    }
}
