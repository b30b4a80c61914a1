import { certReport, formatCertReport } from '../../../language/export/index.js';
import { CliError, EXIT_OK } from '../cli-error.js';
import type { CommandContext } from '../commands.js';
import { emit } from '../emit.js';
import { loadSinglePlan } from './load-single-plan.js';

/** The plan reported by CERT's 16 items; what the plan does not say is marked "not stated". */
export async function certCommand(context: CommandContext): Promise<number> {
    const format = context.options.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new CliError(`cert --format must be text or json, not '${format}'.`);
    const loaded = await loadSinglePlan(context, 'cert');
    if (typeof loaded === 'number') return loaded;
    const items = certReport(loaded.document.parseResult.value);
    const language = context.options.lang === 'da' ? 'da' : 'en';
    emit(context, format === 'json' ? JSON.stringify(items, null, 2) + '\n' : formatCertReport(items, language), loaded.inputs);
    return EXIT_OK;
}
