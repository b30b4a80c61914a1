import { CliError, EXIT_ERRORS, EXIT_OK, EXIT_USAGE } from '../cli-error.js';
import type { CommandContext } from '../commands.js';
import { expandPaths } from '../expand-paths.js';
import { formatDiagnosticsJson, formatDiagnosticsText, hasErrors } from '../format-diagnostics.js';
import { emptyFileError, holdsNothing, loadPlans } from '../load-workspace.js';

/**
 * Checks every readable file given, even when others are missing or unreadable: one bad path must not hide the
 * results for the rest. Exit 2 (a path failed) beats 1 (a plan has errors) beats 0.
 */
export async function checkCommand({ services, paths, options, out, err }: CommandContext): Promise<number> {
    const format = options.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new CliError(`check --format must be text or json, not '${format}'.`);
    if (paths.length === 0) throw new CliError('check needs at least one file or folder. Example: rehab check examples/');
    const expanded = expandPaths(paths);
    const loaded = await loadPlans(services, expanded.files);
    const empty = loaded.plans.filter(holdsNothing);
    const plans = loaded.plans.filter(p => !empty.includes(p));
    const failures = [...expanded.failures, ...loaded.failures, ...empty.map(emptyFileError)];
    // LANGUAGE.md: a folder that holds no plan is exit 2, even when its libraries are fine.
    for (const { folder, files } of expanded.folders) {
        const inFolder = plans.filter(p => files.includes(p.file));
        if (inFolder.length > 0 && !inFolder.some(p => p.document.parseResult.value.plan)) {
            failures.push(new CliError(`${folder}: the folder holds no plan, only libraries; give a folder or file with a \`plan\`.`));
        }
    }
    out(format === 'json' ? formatDiagnosticsJson(plans) : formatDiagnosticsText(plans));
    for (const failure of [...failures, ...loaded.importFailures]) err(`rehab: ${failure.message}\n`);
    if (failures.length > 0) return EXIT_USAGE;
    return plans.some(p => hasErrors(p.diagnostics)) ? EXIT_ERRORS : EXIT_OK;
}
