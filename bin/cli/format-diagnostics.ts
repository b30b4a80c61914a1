import type { Diagnostic } from 'vscode-languageserver-types';
import { compileDiagnostic } from '../../language/compile/compile-plan.js';
import type { LoadedPlan } from './load-workspace.js';

/** `file:line:col severity RULE message`, lines and columns from 1, as the contract says. */
export function formatDiagnosticsText(plans: Array<Pick<LoadedPlan, 'file' | 'diagnostics'>>): string {
    const lines: string[] = [];
    for (const plan of plans) {
        for (const d of plan.diagnostics.map(compileDiagnostic)) {
            lines.push(`${plan.file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message.replace(/\s*\n\s*/g, ' ')}`);
        }
    }
    return lines.length ? lines.join('\n') + '\n' : '';
}

export function formatDiagnosticsJson(plans: Array<Pick<LoadedPlan, 'file' | 'diagnostics'>>): string {
    return (
        JSON.stringify(
            plans.map(p => ({ file: p.file, diagnostics: p.diagnostics.map(compileDiagnostic) })),
            null,
            2
        ) + '\n'
    );
}

export function hasErrors(diagnostics: Diagnostic[]): boolean {
    return diagnostics.some(d => (d.severity ?? 1) === 1);
}
