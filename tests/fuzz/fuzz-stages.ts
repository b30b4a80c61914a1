import type { LangiumDocument } from 'langium';
import type { Model } from '../../language/generated/ast.js';
import type { RehabServices } from '../../language/rehab-module.js';

/** The exports, the renderer and the formatter, run on every fuzz input (wired as they land). */
export async function extraStages(_services: RehabServices, _doc: LangiumDocument<Model>, _hasErrors: boolean): Promise<void> {
}
