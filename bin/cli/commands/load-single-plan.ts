import { CliError } from '../cli-error.js';
import { cliWords } from '../cli-words.js';
import type { CommandContext } from '../commands.js';
import { formatDiagnosticsText, hasErrors } from '../format-diagnostics.js';
import { emptyFileError, holdsNothing, loadPlans, type LoadedPlan } from '../load-workspace.js';

export interface SinglePlan extends LoadedPlan {
    /** The plan and every file it imports: an output must not replace any of them. */
    inputs: string[];
}

/** Loads the one plan a command works on; a plan with errors stops the command (exit 1, nothing written). */
export async function loadSinglePlan(context: CommandContext, verb: string, allowErrors = false): Promise<SinglePlan | number> {
    if (context.paths.length !== 1)
        throw new CliError(`${verb} takes exactly one plan file. Example: rehab ${verb} examples/return-to-running.rehab`);
    const { plans, failures, importFailures, inputs } = await loadPlans(context.services, context.paths);
    if (failures.length > 0) throw failures[0];
    const plan = plans[0];
    for (const failure of importFailures) context.err(`rehab: ${failure.message}\n`);
    if (holdsNothing(plan)) throw emptyFileError(plan);
    if (!plan.document.parseResult.value.plan) {
        context.err(formatDiagnosticsText([plan]));
        const what = plan.document.parseResult.value.library ? 'holds no plan, only a library' : 'holds no plan';
        throw new CliError(`${plan.file}: ${what}; give a file that starts with \`plan\`.`, hasErrors(plan.diagnostics) ? 1 : 2);
    }
    if (!allowErrors && hasErrors(plan.diagnostics)) {
        context.err(formatDiagnosticsText([plan]));
        context.err(`rehab: ${cliWords().hasErrors(plan.file)}\n`);
        return 1;
    }
    return { ...plan, inputs };
}
