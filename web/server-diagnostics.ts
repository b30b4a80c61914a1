import { setDiagnostics, type Action, type Diagnostic } from '@codemirror/lint';
import { LSPPlugin, type LSPClient, type LSPClientExtension } from '@codemirror/lsp-client';
import type { EditorView } from '@codemirror/view';
import type * as lsp from 'vscode-languageserver-protocol';

/** What a rule diagnostic carries (language/rules/rule-reporter.ts RuleDiagnosticData). */
interface RuleData {
    rule?: string;
    section?: string;
    quote?: string;
}

/** One published diagnostic with its quick fixes, ready for the problems list. */
export interface Problem {
    from: number;
    to: number;
    line: number;
    severity: Diagnostic['severity'];
    code?: string;
    message: string;
    section?: string;
    quote?: string;
    fixes: Array<{ title: string; apply: () => void }>;
}

export interface DiagnosticsListener {
    /** Called on every publish for the file (`fixes` false), then again once the fixes are known (`fixes` true). */
    problems(problems: Problem[], fixes: boolean): void;
    guideLabel(): string;
}

const SEVERITY: Record<number, Diagnostic['severity']> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/**
 * Diagnostics from the server as @codemirror/lint diagnostics, like the client's own serverDiagnostics(),
 * plus what the playground shows of them: the rule id, the guide's quote, and the quick fixes the server
 * offers for each (textDocument/codeAction), as lint actions and in the problems list.
 */
export function rehabDiagnostics(listener: DiagnosticsListener): LSPClientExtension {
    let generation = 0;
    return {
        clientCapabilities: {
            textDocument: {
                publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
                codeAction: {
                    dataSupport: true,
                    isPreferredSupport: true,
                    codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }
                }
            }
        },
        notificationHandlers: {
            'textDocument/publishDiagnostics': (client: LSPClient, params: lsp.PublishDiagnosticsParams) => {
                const file = client.workspace.getFile(params.uri);
                if (!file || (params.version != null && params.version !== file.version)) return false;
                const view = file.getView();
                const plugin = view && LSPPlugin.get(view);
                if (!view || !plugin) return false;
                const current = ++generation;
                const problems = params.diagnostics.map(d => toProblem(plugin, d));
                show(view, problems, false);
                void withFixes(client, plugin, params, problems).then(
                    withActions => {
                        if (current !== generation || !plugin.unsyncedChanges.empty || file.version !== (params.version ?? file.version))
                            return;
                        show(view, withActions, true);
                    },
                    () => undefined
                );
                return true;
            }
        }
    };

    function show(view: EditorView, problems: Problem[], fixes: boolean): void {
        view.dispatch(
            setDiagnostics(
                view.state,
                problems.map(p => toLint(p))
            )
        );
        listener.problems(problems, fixes);
    }

    function toLint(p: Problem): Diagnostic {
        const actions: Action[] = p.fixes.map(f => ({ name: f.title, apply: () => f.apply() }));
        return {
            from: p.from,
            to: p.to,
            severity: p.severity,
            source: p.code,
            message: p.message,
            renderMessage: () => {
                const box = document.createElement('div');
                box.className = 'diagnostic-message';
                box.append(p.message);
                if (p.quote) box.append(quoteElement(listener.guideLabel(), p.section, p.quote));
                return box;
            },
            actions
        };
    }
}

export function quoteElement(label: string, section: string | undefined, quote: string): HTMLElement {
    const figure = document.createElement('blockquote');
    figure.className = 'guide-quote';
    const cite = document.createElement('cite');
    cite.textContent = section ? `${label} ${section}` : label;
    figure.append(cite, ` “${quote}”`);
    return figure;
}

function toProblem(plugin: LSPPlugin, d: lsp.Diagnostic): Problem {
    const data = (d.data ?? {}) as RuleData;
    const from = plugin.unsyncedChanges.mapPos(plugin.fromPosition(d.range.start, plugin.syncedDoc));
    const to = plugin.unsyncedChanges.mapPos(plugin.fromPosition(d.range.end, plugin.syncedDoc));
    return {
        from,
        to: Math.max(from, to),
        line: d.range.start.line + 1,
        severity: SEVERITY[d.severity ?? 1] ?? 'error',
        code: d.code === undefined ? undefined : String(d.code),
        message: typeof d.message === 'string' ? d.message : d.message.value,
        section: typeof data.section === 'string' ? data.section : undefined,
        quote: typeof data.quote === 'string' ? data.quote : undefined,
        fixes: []
    };
}

/** Asks for the quick fixes of each diagnostic; a fix applies the server's edit to the editor. */
async function withFixes(
    client: LSPClient,
    plugin: LSPPlugin,
    params: lsp.PublishDiagnosticsParams,
    problems: Problem[]
): Promise<Problem[]> {
    const answers = await Promise.all(
        params.diagnostics.map(diagnostic =>
            client
                .request<lsp.CodeActionParams, Array<lsp.CodeAction | lsp.Command> | null>('textDocument/codeAction', {
                    textDocument: { uri: params.uri },
                    range: diagnostic.range,
                    context: { diagnostics: [diagnostic], only: ['quickfix'] }
                })
                .catch(() => null)
        )
    );
    return problems.map((problem, i) => ({
        ...problem,
        fixes: (answers[i] ?? [])
            .filter((a): a is lsp.CodeAction => 'edit' in a && !!a.edit)
            .map(action => ({
                title: action.title,
                apply: () => applyEdit(plugin, params.uri, action.edit!)
            }))
    }));
}

/** The edits for this file, positioned in the text the server saw, mapped onto the editor's text. */
function applyEdit(plugin: LSPPlugin, uri: string, edit: lsp.WorkspaceEdit): void {
    const edits: lsp.TextEdit[] = [...(edit.changes?.[uri] ?? [])];
    for (const change of edit.documentChanges ?? []) {
        if ('textDocument' in change && change.textDocument.uri === uri)
            edits.push(...change.edits.filter((e): e is lsp.TextEdit => 'range' in e));
    }
    if (edits.length === 0) return;
    const changes = edits
        .map(e => ({
            from: plugin.unsyncedChanges.mapPos(plugin.fromPosition(e.range.start, plugin.syncedDoc), 1),
            to: plugin.unsyncedChanges.mapPos(plugin.fromPosition(e.range.end, plugin.syncedDoc), -1),
            insert: e.newText
        }))
        .map(c => ({ ...c, to: Math.max(c.from, c.to) }));
    plugin.view.dispatch({ changes, userEvent: 'input.quickfix', scrollIntoView: true });
    plugin.view.focus();
}
