import type { Diagnostic } from 'vscode-languageserver-types';
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
    // LANGUAGE.md v2: every file named or found gets its entry, so a tool reading the JSON sees every file it asked
    // about. An empty file is a `syntax` error in its entry (exit 1); an unreadable one gets its reason there (exit 2).
    const entries: FileEntry[] = loaded.plans.map(p =>
        holdsNothing(p) ? { file: p.file, diagnostics: [fileDiagnostic(emptyFileError(p))] } : p
    );
    const failures = [...expanded.failures, ...loaded.failures];
    for (const failure of failures)
        if (failure.file !== undefined) entries.push({ file: failure.file, diagnostics: [fileDiagnostic(failure)] });
    const order = new Map([...paths, ...expanded.files].map((f, i) => [f, i] as const));
    entries.sort((a, b) => (order.get(a.file) ?? Infinity) - (order.get(b.file) ?? Infinity));
    out(format === 'json' ? formatDiagnosticsJson(entries) : formatDiagnosticsText(entries));
    for (const failure of [...failures, ...loaded.importFailures]) err(`rehab: ${failure.message}\n`);
    if (failures.length > 0) return EXIT_USAGE;
    return entries.some(p => hasErrors(p.diagnostics)) ? EXIT_ERRORS : EXIT_OK;
}

interface FileEntry {
    file: string;
    diagnostics: Diagnostic[];
}

/** A failure about a whole file, as a `syntax` error at its first character (the message without the file name). */
function fileDiagnostic(failure: CliError): Diagnostic {
    const prefix = `${failure.file}: `;
    const message = failure.message.startsWith(prefix) ? failure.message.slice(prefix.length) : failure.message;
    return {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 1,
        code: 'syntax',
        message,
        source: 'rehab'
    };
}
