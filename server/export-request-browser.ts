import { URI, UriUtils, type LangiumDocument } from 'langium';
import { CancellationToken, ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { compilePlan } from '../language/compile/compile-plan.js';
import { CompiledPlanSchema } from '../language/compile/plan-json-schema.js';
import type { Model } from '../language/generated/ast.js';
import { parseStartDate, planToFhirBundle, planToICalendar } from '../language/export/index.js';
import type { RehabServices } from '../language/rehab-module.js';
import { renderPlanHtml } from '../language/render/render-plan-html.js';
import { validatedDocument } from './validated-document.js';
import { EXPORT_REQUEST, type ExportFormat, type ExportParams, type ExportResult } from './protocol-browser.js';

const FORMATS: Record<ExportFormat, { extension: string; mimeType: string }> = {
    json: { extension: '.json', mimeType: 'application/json' },
    fhir: { extension: '.fhir.json', mimeType: 'application/fhir+json' },
    ics: { extension: '.ics', mimeType: 'text/calendar' },
    html: { extension: '.html', mimeType: 'text/html' }
};

export function registerExportRequest(connection: Connection, services: RehabServices): void {
    connection.onRequest(EXPORT_REQUEST, (params: unknown, token?: CancellationToken) => exportPlan(services, params, token));
}

/** Like the CLI, a plan with errors is not compiled: the error says so in the language of the messages. */
export async function exportPlan(
    services: RehabServices,
    raw: unknown,
    token: CancellationToken = CancellationToken.None
): Promise<ExportResult> {
    const params = checkParams(raw);
    const uri = URI.parse(params.uri);
    const document = await validatedDocument(services, uri, 'rehab/export', token);
    const model = document?.parseResult.value;
    const danish = services.rules.Settings.get().language === 'da';
    if (!document || !model?.plan) {
        throw new ResponseError(ErrorCodes.InvalidRequest, danish ? 'Filen indeholder ingen plan.' : 'The file holds no plan.');
    }
    const diagnostics = document.diagnostics ?? [];
    const errors = diagnostics.filter(d => (d.severity ?? 1) === 1).length;
    if (errors > 0) {
        throw new ResponseError(
            ErrorCodes.InvalidRequest,
            danish
                ? `Planen har ${errors} ${errors === 1 ? 'fejl' : 'fejl'}; ret dem før eksport.`
                : `The plan has ${errors} ${errors === 1 ? 'error' : 'errors'}; fix them before exporting.`
        );
    }
    const text = render(services, document, model, params);
    const format = FORMATS[params.format];
    return { text, fileName: `${model.plan.name || 'plan'}${format.extension}`, mimeType: format.mimeType };
}

function render(services: RehabServices, document: LangiumDocument<Model>, model: Model, params: ExportParams): string {
    switch (params.format) {
        case 'json': {
            const config = services.rules.ProjectConfig.forDocument(document.uri);
            const file = config.file ? UriUtils.relative(UriUtils.dirname(document.uri), config.file) : undefined;
            return (
                JSON.stringify(
                    CompiledPlanSchema.parse(compilePlan(model, document.diagnostics ?? [], { file, rules: config.rules })),
                    null,
                    2
                ) + '\n'
            );
        }
        case 'fhir':
            return JSON.stringify(planToFhirBundle(model), null, 2) + '\n';
        case 'ics': {
            const start = params.start ? parseStartDate(params.start) : undefined;
            if (!start)
                throw new ResponseError(
                    ErrorCodes.InvalidParams,
                    `rehab/export: ics needs start as YYYY-MM-DD, not '${params.start ?? ''}'.`
                );
            return planToICalendar(model, { start, language: params.language });
        }
        case 'html':
            return renderPlanHtml(model, { mode: 'handout', language: params.language });
    }
}

function checkParams(raw: unknown): ExportParams {
    const p = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    if (typeof p.uri !== 'string' || typeof p.format !== 'string' || !Object.hasOwn(FORMATS, p.format)) {
        throw new ResponseError(
            ErrorCodes.InvalidParams,
            'rehab/export expects { uri: string, format: "json" | "fhir" | "ics" | "html", start?: "YYYY-MM-DD" }.'
        );
    }
    return {
        uri: p.uri,
        format: p.format as ExportFormat,
        start: typeof p.start === 'string' ? p.start : undefined,
        language: p.language === 'en' || p.language === 'da' ? p.language : undefined
    };
}
