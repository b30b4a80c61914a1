import { renderPlanHtml } from '../../../language/render/render-plan-html.js';
import { EXIT_OK } from '../cli-error.js';
import type { CommandContext } from '../commands.js';
import { emit } from '../emit.js';
import { loadSinglePlan } from './load-single-plan.js';

/** The printable patient handout: the same renderer as the editor preview, without diagnostics or scripts. */
export async function previewCommand(context: CommandContext): Promise<number> {
    const loaded = await loadSinglePlan(context, 'preview');
    if (typeof loaded === 'number') return loaded;
    emit(context, renderPlanHtml(loaded.document.parseResult.value, { mode: 'handout' }), loaded.inputs);
    return EXIT_OK;
}
