import { CliError } from '../cli-error.js';
import type { CommandContext } from '../commands.js';
import { formatDiagnosticsText, hasErrors } from '../format-diagnostics.js';
import { loadPlans, type LoadedPlan } from '../load-workspace.js';

/** Loads the one plan a command works on; a plan with errors stops the command (exit 1, nothing written). */
export async function loadSinglePlan(context: CommandContext, verb: string, allowErrors = false): Promise<LoadedPlan | number> {
    if (context.paths.length !== 1) throw new CliError(`${verb} takes exactly one plan file. Example: rehab ${verb} examples/return-to-running.rehab`);
    const { plans, failures } = await loadPlans(context.services, context.paths);
    if (failures.length > 0) throw failures[0];
    const plan = plans[0];
    if (!plan.document.parseResult.value.plan) {
        context.err(formatDiagnosticsText([plan]));
        throw new CliError(`${plan.file}: holds no plan (a library or an empty file); give a file that starts with \`plan\`.`, hasErrors(plan.diagnostics) ? 1 : 2);
    }
    if (!allowErrors && hasErrors(plan.diagnostics)) {
        context.err(formatDiagnosticsText([plan]));
        context.err(`rehab: ${plan.file}: the plan has errors; nothing was written.\n`);
        return 1;
    }
    return plan;
}
