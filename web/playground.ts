import '../language/polyfill.mjs';
import { completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, defaultHighlightStyle, indentOnInput, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, lintKeymap } from '@codemirror/lint';
import {
    findReferencesKeymap,
    formatDocument,
    formatKeymap,
    hoverTooltips,
    jumpToDefinitionKeymap,
    LSPClient,
    renameKeymap,
    serverCompletion
} from '@codemirror/lsp-client';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { Compartment, EditorState } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import { EXAMPLES, LIBRARY } from 'rehab:examples';
import { PREVIEW_REQUEST, type PreviewParams, type PreviewResult } from '../language/render/preview-protocol.js';
import { EXPORT_REQUEST, type ExportFormat, type ExportParams, type ExportResult } from '../server/protocol-browser.js';
import { rehabHighlight } from './rehab-highlight.js';
import { sanitizeHtml } from './sanitize-html.js';
import { quoteElement, rehabDiagnostics, type Problem } from './server-diagnostics.js';
import { uiWords, type UiLanguage, type UiWords } from './ui-words.js';
import { workerTransport } from './worker-transport.js';

// The playground: CodeMirror 6 talking LSP (@codemirror/lsp-client) to the language server of the
// extension, server/main-browser.ts, in a web worker; the handout beside it; exports as downloads.
// Everything it needs is in this folder: no request leaves the page after it has loaded.

const ROOT = 'file:///playground';
const PLAN_URI = `${ROOT}/plan.rehab`;
const TEXT_KEY = 'rehab-playground:text';
const LANGUAGE_KEY = 'rehab-playground:language';
const SYNC_DELAY_MS = 250;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const statusLine = $<HTMLParagraphElement>('status');
const problemsList = $<HTMLUListElement>('problems');
const summary = $<HTMLSpanElement>('summary');
const handout = $<HTMLIFrameElement>('handout');
const examples = $<HTMLSelectElement>('examples');
const languageSelect = $<HTMLSelectElement>('language');
const startInput = $<HTMLInputElement>('start');

let language: UiLanguage = readLanguage();
let words: UiWords = uiWords(language);
let lastProblems: Problem[] = [];
// The server knows the plan once it has published its diagnostics; a request before that (a format or an
// export right after the page loads) would find no document, so those wait for this.
let planKnown: () => void;
const planReady = new Promise<void>(resolve => {
    planKnown = resolve;
});

const worker = new Worker('server-worker.js', { name: 'rehab-language-server' });
worker.addEventListener('error', event => say(`${event.message || 'The language server stopped.'}`));

const client = new LSPClient({
    rootUri: ROOT,
    initializationOptions: { displayLanguage: language },
    // The first build of a plan in a cold worker parses the built-in library too; give it time.
    timeout: 30000,
    sanitizeHTML: sanitizeHtml,
    extensions: [
        rehabDiagnostics({
            problems: (problems, fixes) => {
                lastProblems = problems;
                planKnown();
                renderProblems();
                if (!fixes) void refreshHandout();
            },
            guideLabel: () => words.guide
        })
    ]
}).connect(workerTransport(worker, { root: ROOT, files: LIBRARY }));

const editorLabel = new Compartment();
let syncTimer: ReturnType<typeof setTimeout> | undefined;
const view = new EditorView({
    parent: $('editor'),
    state: EditorState.create({
        doc: readText(),
        extensions: [
            lineNumbers(),
            highlightActiveLineGutter(),
            history(),
            drawSelection(),
            indentOnInput(),
            bracketMatching(),
            highlightActiveLine(),
            highlightSelectionMatches(),
            lintGutter(),
            EditorView.lineWrapping,
            // The examples and the formatter indent by four spaces (the formatter follows the editor's unit).
            indentUnit.of('    '),
            EditorState.tabSize.of(4),
            rehabHighlight,
            syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
            client.plugin(PLAN_URI, 'rehab'),
            serverCompletion(),
            hoverTooltips(),
            keymap.of([
                ...defaultKeymap,
                ...historyKeymap,
                ...searchKeymap,
                ...completionKeymap,
                ...lintKeymap,
                {
                    key: formatKeymap[0].key,
                    run: () => {
                        void format();
                        return true;
                    },
                    preventDefault: true
                },
                ...renameKeymap,
                ...jumpToDefinitionKeymap,
                ...findReferencesKeymap
            ]),
            editorLabel.of(labelFor(words)),
            EditorView.updateListener.of(update => {
                if (!update.docChanged) return;
                clearTimeout(syncTimer);
                syncTimer = setTimeout(() => {
                    client.sync();
                    saveText();
                }, SYNC_DELAY_MS);
            })
        ]
    })
});

addEventListener('pagehide', saveText);

client.initializing.then(
    () => say(words.ready),
    (error: unknown) => say(error instanceof Error ? error.message : String(error))
);

// Controls

for (const example of EXAMPLES) examples.append(new Option(example.name.replace(/\.rehab$/, ''), example.name));
examples.addEventListener('change', () => {
    const example = EXAMPLES.find(e => e.name === examples.value);
    examples.selectedIndex = 0;
    if (!example) return;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: example.text }, userEvent: 'input.example' });
    view.focus();
    say(words.exampleLoaded(example.name));
});

languageSelect.value = language;
languageSelect.addEventListener('change', () => {
    language = languageSelect.value === 'da' ? 'da' : 'en';
    localStorage.setItem(LANGUAGE_KEY, language);
    applyWords();
    const settings = { rehab: { diagnostics: { language } } };
    void planReady.then(() => {
        client.notification('workspace/didChangeConfiguration', { settings });
        return refreshHandout();
    });
});

$('format').addEventListener('click', () => void format());

async function format(): Promise<void> {
    await planReady;
    formatDocument(view);
    view.focus();
}

startInput.value = nextMonday();
for (const button of document.querySelectorAll<HTMLButtonElement>('button.export')) {
    button.addEventListener('click', () => void exportAs(button.dataset.format as ExportFormat));
}

applyWords();
say(words.starting);

// Handout, problems, exports

let handoutRequest = 0;
async function refreshHandout(): Promise<void> {
    const id = ++handoutRequest;
    try {
        client.sync();
        const result = await client.request<PreviewParams, PreviewResult>(PREVIEW_REQUEST, { uri: PLAN_URI, mode: 'handout', language });
        if (id === handoutRequest) handout.srcdoc = result.html;
    } catch {
        // A newer edit is on its way; its diagnostics bring the next render.
    }
}

function renderProblems(): void {
    const counts = { error: 0, warning: 0, other: 0 };
    problemsList.replaceChildren(
        ...lastProblems.map(problem => {
            if (problem.severity === 'error') counts.error++;
            else if (problem.severity === 'warning') counts.warning++;
            else counts.other++;
            const item = document.createElement('li');
            item.className = problem.severity;
            if (problem.code) item.dataset.rule = problem.code;
            const where = document.createElement('button');
            where.type = 'button';
            where.className = 'where';
            where.textContent = `${words.severity[problem.severity]}, ${words.line} ${problem.line}`;
            where.addEventListener('click', () => {
                const at = Math.min(problem.from, view.state.doc.length);
                view.dispatch({ selection: { anchor: at }, scrollIntoView: true });
                view.focus();
            });
            const text = document.createElement('div');
            if (problem.code) {
                const rule = document.createElement('span');
                rule.className = 'rule';
                rule.textContent = problem.code;
                text.append(rule);
            }
            text.append(problem.message);
            item.append(where, text);
            if (problem.quote) item.append(quoteElement(words.guide, problem.section, problem.quote));
            if (problem.fixes.length > 0) {
                const fixes = document.createElement('div');
                fixes.className = 'fixes';
                for (const fix of problem.fixes) {
                    const button = document.createElement('button');
                    button.type = 'button';
                    button.className = 'fix';
                    button.textContent = `${words.fix}: ${fix.title}`;
                    button.addEventListener('click', () => fix.apply());
                    fixes.append(button);
                }
                item.append(fixes);
            }
            return item;
        })
    );
    summary.textContent = lastProblems.length === 0 ? words.noProblems : `(${words.summary(counts.error, counts.warning, counts.other)})`;
}

async function exportAs(format: ExportFormat): Promise<void> {
    try {
        await planReady;
        client.sync();
        const result = await client.request<ExportParams, ExportResult>(EXPORT_REQUEST, {
            uri: PLAN_URI,
            format,
            start: startInput.value,
            language
        });
        const url = URL.createObjectURL(new Blob([result.text], { type: result.mimeType }));
        const link = document.createElement('a');
        link.href = url;
        link.download = result.fileName;
        link.click();
        setTimeout(() => URL.revokeObjectURL(url), 10000);
        say(words.downloaded(result.fileName));
    } catch (error) {
        say(words.exportFailed((error as { message?: string })?.message ?? String(error)));
    }
}

// Words, storage, helpers

function applyWords(): void {
    words = uiWords(language);
    document.documentElement.lang = language;
    document.title = words.title;
    for (const element of document.querySelectorAll<HTMLElement>('[data-word]')) {
        const value = words[element.dataset.word as keyof UiWords];
        if (typeof value === 'string') element.textContent = value;
    }
    examples.replaceChildren(new Option(words.chooseExample, ''), ...EXAMPLES.map(e => new Option(e.name.replace(/\.rehab$/, ''), e.name)));
    handout.title = words.handout;
    view?.dispatch({ effects: editorLabel.reconfigure(labelFor(words)) });
    renderProblems();
}

function labelFor(w: UiWords) {
    return EditorView.contentAttributes.of({ 'aria-label': w.editorLabel });
}

function say(message: string): void {
    statusLine.textContent = message;
}

function readLanguage(): UiLanguage {
    const stored = safeStorage(() => localStorage.getItem(LANGUAGE_KEY));
    if (stored === 'en' || stored === 'da') return stored;
    return navigator.language?.toLowerCase().startsWith('da') ? 'da' : 'en';
}

function readText(): string {
    return (
        safeStorage(() => localStorage.getItem(TEXT_KEY)) ??
        EXAMPLES.find(e => e.name === 'return-to-running.rehab')?.text ??
        EXAMPLES[0]?.text ??
        ''
    );
}

function saveText(): void {
    safeStorage(() => localStorage.setItem(TEXT_KEY, view.state.doc.toString()));
}

/** Storage can be switched off or full; the playground still works without it. */
function safeStorage<T>(action: () => T): T | undefined {
    try {
        return action();
    } catch {
        return undefined;
    }
}

/** The calendar's default first day: next Monday, as YYYY-MM-DD in local time. */
function nextMonday(): string {
    const day = new Date();
    day.setDate(day.getDate() + ((8 - day.getDay()) % 7 || 7));
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}
