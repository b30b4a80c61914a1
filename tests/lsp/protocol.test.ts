// Speaks LSP over stdio to the bundled server, as an editor would. tests/global-setup.ts builds the bundle once.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
    CodeActionRequest,
    CodeLensRequest,
    CompletionRequest,
    DidChangeConfigurationNotification,
    DidChangeTextDocumentNotification,
    DidOpenTextDocumentNotification,
    DocumentFormattingRequest,
    DocumentSymbolRequest,
    ExitNotification,
    HoverRequest,
    InitializedNotification,
    InitializeRequest,
    InlayHintRequest,
    PublishDiagnosticsNotification,
    RenameRequest,
    ShutdownRequest,
    StreamMessageReader,
    StreamMessageWriter,
    createProtocolConnection,
    type Diagnostic,
    type InitializeResult,
    type ProtocolConnection,
    type TextEdit
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem, CompletionList, DocumentSymbol, MarkupContent } from 'vscode-languageserver-types';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const uri = 'file:///protocol-test/return-to-running.rehab';
const example = readFileSync(`${root}/examples/return-to-running.rehab`, 'utf8');
// Week 13 belongs to no phase (RP002), an `allow` has no reason (RP005, with a quick fix), one line is badly spaced.
const text = example
    .replace('weeks 13-26', 'weeks 14-26')
    .replace('        do heel-cup daily', '        do heel-cup    daily\n        allow RP009');

let server: ChildProcess;
let connection: ProtocolConnection;
let document = TextDocument.create(uri, 'rehab', 1, text);
const published: Diagnostic[][] = [];
const waiters: Array<() => boolean> = [];

/** Resolves with the first diagnostics for the test document that satisfy `accept`. */
function diagnosticsWhere(accept: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(
            () => reject(new Error(`no matching diagnostics; last: ${JSON.stringify(published.at(-1)?.map(d => d.code))}`)),
            20_000
        );
        const check = () => {
            const match = published.find(accept);
            if (!match) return false;
            clearTimeout(timer);
            resolve(match);
            return true;
        };
        if (!check()) waiters.push(check);
    });
}

const at = (needle: string, delta = 0) => document.positionAt(document.getText().indexOf(needle) + delta);
const textDocument = { uri };

beforeAll(() => {
    server = spawn(process.execPath, [`${root}/out/server.cjs`, '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
    connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onNotification(PublishDiagnosticsNotification.type, params => {
        if (params.uri !== uri) return;
        published.push(params.diagnostics);
        for (let i = waiters.length - 1; i >= 0; i--) if (waiters[i]()) waiters.splice(i, 1);
    });
    // The editor's `rehab` settings: RP002 raised to an error, so the test sees them reach the rules.
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
        params.items.map(() => ({ diagnostics: { language: 'en' }, rules: { RP002: 'error' } }))
    );
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
}, 60_000);

afterAll(() => {
    connection?.dispose();
    if (server && server.exitCode === null) server.kill();
});

describe('the language server over stdio', () => {
    let initialized: InitializeResult;

    test('initialize announces the editor features', async () => {
        initialized = await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: null,
            workspaceFolders: null,
            locale: 'en',
            capabilities: {
                workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
                textDocument: { semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] } }
            }
        });
        const c = initialized.capabilities;
        for (const feature of [
            'hoverProvider',
            'completionProvider',
            'codeActionProvider',
            'documentFormattingProvider',
            'documentSymbolProvider',
            'definitionProvider',
            'referencesProvider',
            'renameProvider',
            'foldingRangeProvider',
            'semanticTokensProvider',
            'inlayHintProvider',
            'codeLensProvider'
        ] as const) {
            expect(c[feature], feature).toBeTruthy();
        }
        await connection.sendNotification(InitializedNotification.type, {});
    });

    test('an opened plan gets diagnostics with rule ids as codes, editor severities applied', async () => {
        await connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'rehab', version: 1, text }
        });
        const diagnostics = await diagnosticsWhere(ds => ds.some(d => d.code === 'RP002' && d.severity === 1));
        expect(diagnostics.map(d => d.code)).toEqual(expect.arrayContaining(['RP002', 'RP005']));
    });

    test('hover explains an exercise', async () => {
        const hover = await connection.sendRequest(HoverRequest.type, { textDocument, position: at('walk-run', 2) });
        expect((hover?.contents as MarkupContent).value).toMatch(/`walk-run`[\s\S]*running/);
    });

    test('completion after `do` lists exercises', async () => {
        const result = await connection.sendRequest(CompletionRequest.type, { textDocument, position: at('do ice', 3) });
        const items: CompletionItem[] = Array.isArray(result) ? result : (result as CompletionList).items;
        expect(items.map(i => i.label)).toEqual(expect.arrayContaining(['ice', 'heel-raise', 'walk-run']));
    });

    test('the quick fix edit removes its diagnostic', async () => {
        const diagnostics = published.at(-1)!;
        const rp005 = diagnostics.find(d => d.code === 'RP005' && d.severity === 1)!;
        const actions = (await connection.sendRequest(CodeActionRequest.type, {
            textDocument,
            range: rp005.range,
            context: { diagnostics: [rp005] }
        })) as CodeAction[];
        const fix = actions.find(a => a.isPreferred)!;
        const edited = TextDocument.applyEdits(document, fix.edit!.changes![uri]);
        document = TextDocument.create(uri, 'rehab', 2, edited);
        published.length = 0;
        await connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: 2 },
            contentChanges: [{ text: edited }]
        });
        const after = await diagnosticsWhere(ds => !ds.some(d => d.code === 'RP005' && d.severity === 1));
        expect(after.map(d => d.code)).toContain('RP002');
    });

    test('formatting fixes the badly spaced line', async () => {
        const edits = (await connection.sendRequest(DocumentFormattingRequest.type, {
            textDocument,
            options: { tabSize: 4, insertSpaces: true }
        })) as TextEdit[];
        expect(edits.length).toBeGreaterThan(0);
        expect(TextDocument.applyEdits(document, edits)).toContain('        do heel-cup daily\n');
    });

    test('document symbols outline plan → phases → activities', async () => {
        const symbols = (await connection.sendRequest(DocumentSymbolRequest.type, { textDocument })) as DocumentSymbol[];
        expect(symbols.map(s => s.name)).toEqual(['return-to-running']);
        expect(symbols[0].children?.map(s => s.name)).toEqual(['calm', 'strengthen', 'run', 'maintain']);
        expect(symbols[0].children?.[2].children?.map(s => s.name)).toEqual(['walk-run']);
    });

    test('rename of a phase edits its name', async () => {
        const edit = await connection.sendRequest(RenameRequest.type, {
            textDocument,
            position: at('phase run', 7),
            newName: 'back-to-running'
        });
        expect(edit?.changes?.[uri]?.map(e => e.newText)).toEqual(['back-to-running']);
    });

    test('inlay hints show where progressions end, CodeLens summarises phases', async () => {
        const hints = await connection.sendRequest(InlayHintRequest.type, {
            textDocument,
            range: { start: { line: 0, character: 0 }, end: { line: document.lineCount, character: 0 } }
        });
        expect(hints?.map(h => h.label)).toEqual(['→ wk 12: 12 reps', '→ wk 26: 31.4 min/session']);
        const lenses = await connection.sendRequest(CodeLensRequest.type, { textDocument });
        expect(lenses?.map(l => l.command?.title.split(' · ')[0])).toEqual(['week 1', 'weeks 2-12', 'weeks 14-26', 'weeks 27-52']);
    });

    test('a settings change re-validates: a rule turned off disappears', async () => {
        published.length = 0;
        await connection.sendNotification(DidChangeConfigurationNotification.type, {
            settings: { rehab: { diagnostics: { language: 'da' }, rules: { RP002: 'off' } } }
        });
        const after = await diagnosticsWhere(ds => !ds.some(d => d.code === 'RP002'));
        expect(after.map(d => d.code)).not.toContain('RP002');
    });

    test('shutdown and exit end the process cleanly', async () => {
        await connection.sendRequest(ShutdownRequest.type);
        const exited = new Promise<number | null>(resolve => server.once('exit', code => resolve(code)));
        await connection.sendNotification(ExitNotification.type);
        expect(await exited).toBe(0);
    });
});
