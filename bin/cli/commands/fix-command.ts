import { applyTextEdits, collectQuickFixes } from '../../../language/fixes/apply-fixes.js';
import { writeFileAtomic } from '../atomic-write.js';
import { CliError, EXIT_OK } from '../cli-error.js';
import type { CommandContext } from '../commands.js';
import { formatDiagnosticsText, hasErrors } from '../format-diagnostics.js';
import { lineEndingOf, recordsFinding, restoreBom, ruleOf, startsWithBom, withLineEnding } from '../fix-text.js';
import { emptyFileError, holdsNothing, loadPlans } from '../load-workspace.js';

/**
 * Applies the safety rules' quick fixes in place, atomically, and says what it changed. Fixes are computed by
 * the same code the editor's light bulb uses; one pass, as overlapping fixes are skipped rather than guessed.
 * Only the text changes: the file keeps its mode, its BOM, its line endings, and a symlink stays a symlink.
 */
export async function fixCommand(context: CommandContext): Promise<number> {
    const { services, paths, options } = context;
    if (paths.length !== 1) throw new CliError('fix takes exactly one plan file. Example: rehab fix plan.rehab --rule PF033');
    const rules = options.rule ?? [];
    const unknown = rules.find(id => !services.rules.Catalogue.has(id));
    if (unknown) throw new CliError(`--rule ${unknown}: no rule has this id.`);
    const { plans, failures } = await loadPlans(services, paths);
    if (failures.length > 0) throw failures[0];
    const plan = plans[0];
    if (holdsNothing(plan)) throw emptyFileError(plan);
    if (plan.diagnostics.some(d => d.code === 'syntax')) {
        context.err(formatDiagnosticsText([plan]));
        context.err(`rehab: ${plan.file}: fix the syntax errors first; the file was left alone.\n`);
        return 1;
    }
    const catalogue = services.rules.Catalogue;
    const held = rules.length > 0 ? [] : plan.diagnostics.filter(d => recordsFinding(catalogue, ruleOf(d)) && hasFix(d.data));
    const candidates = plan.diagnostics.filter(d => !held.includes(d));
    const fixes = collectQuickFixes(candidates, rules.length > 0 ? rules : undefined);
    for (const d of held) {
        const rule = ruleOf(d);
        context.out(`${plan.file}:${d.range.start.line + 1} ${rule} not fixed automatically: screen the patient, then run with --rule ${rule}\n`);
    }
    if (fixes.length === 0) {
        context.out(`${plan.file}: no ${held.length > 0 ? 'other ' : ''}quick fix applies; the file was left alone.\n`);
        return hasErrors(plan.diagnostics) ? 1 : EXIT_OK;
    }
    const text = plan.document.textDocument.getText();
    const fixed = applyTextEdits(text, withLineEnding(fixes.flatMap(f => f.fix.edits), lineEndingOf(text)));
    if (fixed === text) {
        context.out(`${plan.file}: no quick fix changes the text; the file was left alone.\n`);
        return EXIT_OK;
    }
    writeFileAtomic(plan.file, restoreBom(fixed, startsWithBom(plan.file)));
    for (const f of fixes) {
        const line = (f.fix.edits[0]?.range.start.line ?? 0) + 1;
        context.out(`${plan.file}:${line} ${f.rule} ${f.fix.title}\n`);
    }
    context.out(`${plan.file}: applied ${fixes.length} fix${fixes.length === 1 ? '' : 'es'}. Run \`rehab check\` to see what remains.\n`);
    return EXIT_OK;
}

function hasFix(data: unknown): boolean {
    return typeof data === 'object' && data !== null && 'fix' in data && Boolean((data as { fix?: unknown }).fix);
}
