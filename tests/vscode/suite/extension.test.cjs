// The extension in a real VS Code: activation, commands, diagnostics and a few editor features.
// Runs inside the extension host (CommonJS, `vscode` is provided there).
const assert = require('node:assert/strict');
const vscode = require('vscode');

const EXTENSION_ID = 'rehab-tools.rehab-lang';
const GAP_PLAN = [
    'plan gap {',
    '    phase a weeks 1-2 {',
    '        do walk 30 min, daily',
    '    }',
    '    phase b weeks 5-6 {',
    '        do heel-raise 3 x 8 reps tempo 3-0-3, every other day',
    '    }',
    '}',
    ''
].join('\n');

async function openPlan(content) {
    const document = await vscode.workspace.openTextDocument({ language: 'rehab', content });
    await vscode.window.showTextDocument(document);
    return document;
}

function diagnosticsWhere(uri, accept) {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
            listener.dispose();
            reject(new Error('no matching diagnostics'));
        }, 30000);
        const check = () => {
            const diagnostics = vscode.languages.getDiagnostics(uri);
            if (!accept(diagnostics)) return false;
            clearTimeout(timer);
            listener.dispose();
            resolve(diagnostics);
            return true;
        };
        const listener = vscode.languages.onDidChangeDiagnostics(check);
        check();
    });
}

const codeOf = d => (typeof d.code === 'object' ? d.code.value : d.code);

describe('Rehab Plans extension', () => {
    let document;

    before(async () => {
        document = await openPlan(GAP_PLAN);
    });

    it('activates on a rehab document', async () => {
        const extension = vscode.extensions.getExtension(EXTENSION_ID);
        assert.ok(extension, 'extension is installed');
        await extension.activate();
        assert.equal(extension.isActive, true);
        assert.equal(document.languageId, 'rehab');
    });

    it('registers its commands', async () => {
        const commands = await vscode.commands.getCommands(true);
        for (const id of ['rehab.openPreview', 'rehab.openPreviewToSide', 'rehab.exportHandout', 'rehab.restartServer']) {
            assert.ok(commands.includes(id), id);
        }
    });

    it('shows rule diagnostics with the rule id as code', async () => {
        const diagnostics = await diagnosticsWhere(document.uri, ds => ds.some(d => codeOf(d) === 'RP002'));
        assert.equal(diagnostics.find(d => codeOf(d) === 'RP002').severity, vscode.DiagnosticSeverity.Warning);
    });

    it('offers an allow quick fix for the warning', async () => {
        const diagnostic = vscode.languages.getDiagnostics(document.uri).find(d => codeOf(d) === 'RP002');
        const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, diagnostic.range);
        assert.ok(actions.some(a => a.edit && a.edit.get(document.uri).some(e => e.newText.includes('allow RP002'))));
    });

    it('hovers an exercise and formats the document', async () => {
        const position = document.positionAt(document.getText().indexOf('heel-raise') + 2);
        const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, position);
        assert.ok(hovers.some(h => h.contents.some(c => String(c.value ?? c).includes('heel-raise'))));
        const edits = await vscode.commands.executeCommand('vscode.executeFormatDocumentProvider', document.uri, {
            tabSize: 4,
            insertSpaces: true
        });
        assert.deepEqual(edits ?? [], [], 'the plan is already canonical');
    });

    it('opens the preview beside the editor', async () => {
        const hasWebview = () => vscode.window.tabGroups.all.flatMap(g => g.tabs).some(t => t.input instanceof vscode.TabInputWebview);
        // The tab model reaches a remote extension host asynchronously: wait for the change event, bounded.
        const opened = new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                listener.dispose();
                reject(new Error('no webview tab within 30 s'));
            }, 30000);
            const listener = vscode.window.tabGroups.onDidChangeTabs(() => {
                if (hasWebview()) {
                    clearTimeout(timer);
                    listener.dispose();
                    resolve();
                }
            });
        });
        opened.catch(() => undefined); // the timer may still fire after the tab appeared without an event
        await vscode.commands.executeCommand('rehab.openPreviewToSide');
        if (!hasWebview()) await opened;
        assert.ok(hasWebview());
    });

    it('restarts the language server and keeps diagnostics coming', async () => {
        await vscode.commands.executeCommand('rehab.restartServer');
        await diagnosticsWhere(document.uri, ds => ds.some(d => codeOf(d) === 'RP002'));
    });
});
