import { CliError, EXIT_ERRORS, EXIT_OK, EXIT_USAGE } from '../cli-error.js';
import type { CommandContext } from '../commands.js';
import { formatDiagnosticsJson, formatDiagnosticsText, hasErrors } from '../format-diagnostics.js';
import { expandPaths, loadPlans } from '../load-workspace.js';

export async function checkCommand({ services, paths, options, out, err }: CommandContext): Promise<number> {
    const format = options.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new CliError(`check --format must be text or json, not '${format}'.`);
    if (paths.length === 0) throw new CliError('check needs at least one file or folder. Example: rehab check examples/');
    const { plans, failures } = await loadPlans(services, expandPaths(paths));
    out(format === 'json' ? formatDiagnosticsJson(plans) : formatDiagnosticsText(plans));
    for (const failure of failures) err(`rehab: ${failure.message}\n`);
    if (failures.length > 0) return EXIT_USAGE;
    return plans.some(p => hasErrors(p.diagnostics)) ? EXIT_ERRORS : EXIT_OK;
}
