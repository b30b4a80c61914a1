import * as path from 'node:path';
import { compilePlan, type ProjectRules } from '../../../language/compile/compile-plan.js';
import type { Model } from '../../../language/generated/ast.js';
import { parseStartDate, planToFhirBundle, planToICalendar } from '../../../language/export/index.js';
import { renderPlanHtml } from '../../../language/render/render-plan-html.js';
import { CompiledPlanSchema } from '../../../language/compile/plan-json-schema.js';
import { CliError, EXIT_OK } from '../cli-error.js';
import type { CommandContext } from '../commands.js';
import { emit } from '../emit.js';
import { loadSinglePlan } from './load-single-plan.js';
import { planStartDate } from '../../../language/plan/plan-queries.js';

export async function compileCommand(context: CommandContext): Promise<number> {
    const format = context.options.format ?? 'json';
    const render = RENDERERS[format];
    if (!render) throw new CliError(`compile --format must be one of ${Object.keys(RENDERERS).join(', ')}, not '${format}'.`);
    if (format !== 'ics' && context.options.start) throw new CliError('--start only applies to --format ics.');
    if (format === 'ics' && context.options.start) startDate(context.options.start);
    const loaded = await loadSinglePlan(context, 'compile');
    if (typeof loaded === 'number') return loaded;
    // `--start` wins; else the plan's own `start` line; a calendar needs one of them.
    if (format === 'ics' && !context.options.start && !planStartDate(loaded.document.parseResult.value.plan)) startDate(undefined);
    const text = render(loaded.document.parseResult.value, loaded.diagnostics, context);
    emit(context, text, loaded.inputs);
    return EXIT_OK;
}

type Renderer = (
    model: Parameters<typeof compilePlan>[0],
    diagnostics: Parameters<typeof compilePlan>[1],
    context: CommandContext
) => string;

const RENDERERS: Record<string, Renderer> = {
    json: (model, diagnostics, context) =>
        JSON.stringify(CompiledPlanSchema.parse(compilePlan(model, diagnostics, projectRules(model, context))), null, 2) + '\n',
    html: model => renderPlanHtml(model, { mode: 'handout' }),
    fhir: model => JSON.stringify(planToFhirBundle(model), null, 2) + '\n',
    ics: (model, _diagnostics, context) => planToICalendar(model, { start: startDate(context.options.start ?? planStartDate(model.plan)) })
};

/** The rule settings of the plan's rehab.config.json, with the file named relative to where rehab runs. */
function projectRules(model: Model, context: CommandContext): ProjectRules | undefined {
    const uri = model.$document?.uri;
    if (!uri) return undefined;
    const config = context.services.rules.ProjectConfig.forDocument(uri);
    return { file: config.file ? path.relative(process.cwd(), config.file.fsPath) : undefined, rules: config.rules };
}

function startDate(text: string | undefined): Date {
    if (!text)
        throw new CliError('--format ics needs the first day of week 1: write `start 2027-01-04` in the plan, or give --start YYYY-MM-DD.');
    const date = parseStartDate(text);
    if (!date) throw new CliError(`--start '${text}' is not a date; write it as YYYY-MM-DD, e.g. 2027-01-04.`);
    return date;
}

export { RENDERERS };
