import * as path from 'node:path';
import { URI } from 'langium';
import { applyTextEdits, collectQuickFixes } from '../../../language/fixes/apply-fixes.js';
import { writeFileAtomic } from '../atomic-write.js';
import { CliError, EXIT_OK } from '../cli-error.js';
import { cliWords } from '../cli-words.js';
import type { CommandContext } from '../commands.js';
import { formatDiagnosticsText, hasErrors } from '../format-diagnostics.js';
import { lineEndingOf, recordsFinding, restoreBom, startsWithBom, withLineEnding } from '../fix-text.js';
import { emptyFileError, holdsNothing, loadPlans } from '../load-workspace.js';

/**
 * Applies the safety rules' quick fixes in place, atomically, and says what it changed. Fixes are computed by
 * the same code the editor's light bulb uses, in rounds: fixes that overlap wait for the next round rather than guess.
 * Only the text changes: the file keeps its mode, its BOM, its line endings, and a symlink stays a symlink.
 */
export async function fixCommand(context: CommandContext): Promise<number> {
    const { services, paths, options } = context;
    if (paths.length !== 1) throw new CliError('fix takes exactly one plan file. Example: rehab fix plan.rehab --rule PF033');
    const rules = options.rule ?? [];
    const unknown = rules.find(id => !services.rules.Catalogue.has(id));
    if (unknown) throw new CliError(`--rule ${unknown}: no rule has this id.`);
    let applied = 0;
    let code = EXIT_OK;
    // Fixes that touch the same spot wait for the next round, on the text the earlier ones produced.
    for (let round = 0; round < MAX_ROUNDS; round++) {
        // The next round reads the file as the previous one wrote it, not the document built before.
        if (round > 0) await services.shared.workspace.DocumentBuilder.update([], [URI.file(path.resolve(paths[0]))]);
        const result = await fixOnce(context, rules, round === 0);
        if (typeof result === 'number') {
            code = result;
            break;
        }
        applied += result.applied;
    }
    if (applied === 0) return code;
    context.out(`${cliWords().applied(paths[0], applied)}\n`);
    return code;
}

const MAX_ROUNDS = 5;

/** One round: applies the fixes that do not clash; a number when there is nothing (more) to do. */
async function fixOnce(context: CommandContext, rules: string[], first: boolean): Promise<{ applied: number } | number> {
    const { services, paths } = context;
    const { plans, failures } = await loadPlans(services, paths);
    if (failures.length > 0) throw failures[0];
    const plan = plans[0];
    if (holdsNothing(plan)) throw emptyFileError(plan);
    if (plan.diagnostics.some(d => d.code === 'syntax')) {
        context.err(formatDiagnosticsText([plan]));
        context.err(`rehab: ${cliWords().syntaxFirst(plan.file)}\n`);
        return 1;
    }
    // RULES.md v2: a batch fix must not record a screening that never happened; PF001 only when named.
    const fixes = collectQuickFixes(plan.diagnostics, rules.length > 0 ? rules : undefined).filter(
        f => rules.length > 0 || !recordsFinding(services.rules.Catalogue, f.rule)
    );
    if (
        first &&
        rules.length === 0 &&
        plan.diagnostics.some(
            d => recordsFinding(services.rules.Catalogue, String(d.code)) && (d.data as { fix?: unknown } | undefined)?.fix
        )
    ) {
        context.out(`${cliWords().screeningNotApplied(plan.file)}\n`);
    }
    if (fixes.length === 0) {
        if (first) context.out(`${cliWords().noFix(plan.file)}\n`);
        return first && hasErrors(plan.diagnostics) ? 1 : EXIT_OK;
    }
    const text = plan.document.textDocument.getText();
    const fixed = applyTextEdits(
        text,
        withLineEnding(
            fixes.flatMap(f => f.fix.edits),
            lineEndingOf(text)
        )
    );
    if (fixed === text) {
        if (first) context.out(`${cliWords().noChange(plan.file)}\n`);
        return EXIT_OK;
    }
    // Fixes are computed on the parsed plan; if together they would not parse, nothing of this round is written.
    const reparsed = services.parser.LangiumParser.parse(fixed);
    if (reparsed.lexerErrors.length + reparsed.parserErrors.length > 0) {
        context.err(`rehab: ${cliWords().wouldBreak(plan.file, fixes.map(f => f.rule).join(', '))}\n`);
        return 1;
    }
    writeFileAtomic(plan.file, restoreBom(fixed, startsWithBom(plan.file)));
    for (const f of fixes) {
        const line = (f.fix.edits[0]?.range.start.line ?? 0) + 1;
        context.out(`${plan.file}:${line} ${f.rule} ${f.fix.title}\n`);
        // RULES.md: PF001's `red-flags none` is added "as a reminder to screen" — say so, since it reads as a finding.
        if (recordsFinding(services.rules.Catalogue, f.rule)) {
            context.out(`${plan.file}:${line} ${f.rule} ${cliWords().reminder}\n`);
        }
    }
    return { applied: fixes.length };
}
