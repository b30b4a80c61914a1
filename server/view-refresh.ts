import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';

/**
 * A CodeLens or inlay-hint request can be answered from the previous build while an edit is still queued; the
 * editor then keeps the stale summary ("running 10 → 181.9 min" after a fix to +10 %) until the next change.
 * After each build, ask clients that support it to fetch them again.
 */
export function refreshViewsAfterBuilds(connection: Connection, shared: LangiumSharedServices): void {
    let codeLens = false;
    let inlayHints = false;
    shared.lsp.LanguageServer.onInitialize(params => {
        codeLens = params.capabilities.workspace?.codeLens?.refreshSupport === true;
        inlayHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
    });
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
        if (codeLens) connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
        if (inlayHints) connection.sendRequest('workspace/inlayHint/refresh').catch(() => undefined);
    });
}
