/**
 * npm run bench — performance figures for the language core, the CLI and the language server, as medians after
 * warm-ups, with ratios to a JSON floor and to the Langium statemachine baseline (REHAB_BASELINE_DIR).
 * Prints a table and writes the figures as JSON to .bench/ so runs can be compared. Not part of npm test.
 *
 * Options: --quick (small sizes, few runs), --runs N, --no-lsp, --no-baseline
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DocumentState, EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { compilePlan } from '../../language/compile/compile-plan.js';
import { CompiledPlanSchema } from '../../language/compile/plan-json-schema.js';
import type { Model } from '../../language/generated/ast.js';
import { createRehabServices } from '../../language/rehab-module.js';
import type { RehabDocumentFactory } from '../../language/workspace/rehab-document-factory.js';
import { LIBRARY_TEXT, generatePlan } from './generate-plan.js';
import { followFigure } from '../follow/bench-follow.js';
import { lspFigures, printLsp } from './bench-lsp.js';
import { median, ms, quantile } from './bench-stats.js';
import { printTargets, type CoreRow } from './bench-targets.js';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const runs = Number(argv[argv.indexOf('--runs') + 1]) || (quick ? 3 : 5);
const sizes = quick ? [300, 5000] : [300, 5000, 10000, 50000, 100000];
const root = path.resolve(import.meta.dirname, '../..');

function timeIt(fn: () => void, n = runs, warmups = 2): number {
    for (let i = 0; i < warmups; i++) fn();
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
        const t = performance.now();
        fn();
        times.push(performance.now() - t);
    }
    return median(times);
}

async function timeItAsync(fn: () => Promise<void>, n = runs, warmups = 2): Promise<number> {
    for (let i = 0; i < warmups; i++) await fn();
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
        const t = performance.now();
        await fn();
        times.push(performance.now() - t);
    }
    return median(times);
}

const { shared, Rehab } = createRehabServices(EmptyFileSystem);
const documents = shared.workspace.LangiumDocuments;
const factory = shared.workspace.LangiumDocumentFactory;
const builder = shared.workspace.DocumentBuilder;
const libraryUri = URI.parse('file:///bench/bench-lib.rehab');

async function ensureLibrary() {
    if (documents.hasDocument(libraryUri)) return;
    const lib = factory.fromString(LIBRARY_TEXT, libraryUri);
    documents.addDocument(lib);
    await builder.build([lib], { validation: true });
}

let counter = 0;
async function build(text: string): Promise<LangiumDocument<Model>> {
    const doc = factory.fromString<Model>(text, URI.parse(`file:///bench/plan-${counter++}.rehab`));
    documents.addDocument(doc);
    await builder.build([doc], { validation: true });
    return doc;
}

/** Removes documents as an editor's close does: from the index and the workspace caches too, so runs do not pile up. */
async function drop(...docs: LangiumDocument[]): Promise<void> {
    await builder.update(
        [],
        docs.map(d => d.uri)
    );
}

async function coreFigures(): Promise<CoreRow[]> {
    await ensureLibrary();
    const rows: CoreRow[] = [];
    for (const lines of sizes) {
        const text = generatePlan(lines);
        const actualLines = text.split('\n').length - 1;
        const n = lines >= 50000 ? Math.max(3, Math.min(runs, 3)) : runs;
        const parseMs = timeIt(
            () => {
                Rehab.parser.LangiumParser.parse(text);
            },
            n,
            1
        );
        let last: LangiumDocument<Model> | undefined;
        const built: LangiumDocument<Model>[] = [];
        const buildMs = await timeItAsync(
            async () => {
                last = await build(text);
                built.push(last);
            },
            n,
            1
        );
        const model = last!.parseResult.value;
        const diagnostics = last!.diagnostics ?? [];
        let json: unknown;
        const compileMs = timeIt(
            () => {
                json = compilePlan(model, diagnostics);
            },
            n,
            1
        );
        const jsonText = JSON.stringify(json);
        const floorMs = timeIt(
            () => {
                CompiledPlanSchema.parse(JSON.parse(jsonText));
            },
            n,
            1
        );
        await drop(...built);
        rows.push({
            lines: actualLines,
            parseMs,
            buildMs,
            compileMs,
            floorMs,
            buildOverFloor: buildMs / floorMs,
            diagnostics: diagnostics.length
        });
        console.error(`  core ${actualLines} lines: build ${ms(buildMs)} ms`);
    }
    return rows;
}

async function workspaceFigure(): Promise<{ files: number; linesEach: number; ms: number }> {
    const files = quick ? 100 : 1000;
    const texts = Array.from({ length: files }, () => generatePlan(100));
    const t = performance.now();
    const docs = texts.map((text, i) => {
        const d = factory.fromString(text, URI.parse(`file:///ws/p${i}.rehab`));
        documents.addDocument(d);
        return d;
    });
    await builder.build(docs, { validation: true });
    const elapsed = performance.now() - t;
    await drop(...docs);
    return { files, linesEach: 100, ms: elapsed };
}

/**
 * One edit of a plan while 20 other plans with an unknown exercise are open: Langium's default relinks and
 * revalidates every document with an unresolved name on every change; ours only what the edit can affect.
 */
async function brokenPlansFigure(): Promise<{ openBroken: number; editMs: number; rebuilt: number }> {
    const texts = shared.workspace.TextDocuments;
    const open = (name: string, text: string, version: number) => {
        const uri = URI.parse(`file:///broken/${name}`);
        texts.set(TextDocument.create(uri.toString(), 'rehab', version, text));
        const existing = documents.getDocument(uri);
        if (existing) return existing;
        const doc = factory.fromTextDocument(texts.get(uri)!, uri);
        documents.addDocument(doc);
        return doc;
    };
    const broken = Array.from({ length: 20 }, (_, i) =>
        open(`b${i}.rehab`, generatePlan(100).replace(' do ', ` do unknown-${i} 10 min\n        do `), 1)
    );
    const edited = open('edited.rehab', generatePlan(100), 1);
    await builder.build([...broken, edited], { validation: true });
    let rebuilt = 0;
    const listener = builder.onBuildPhase(DocumentState.Validated, docs => {
        rebuilt = docs.length;
    });
    const times: number[] = [];
    for (let i = 0; i < (quick ? 10 : 30); i++) {
        open('edited.rehab', generatePlan(100).replace('plan', `// edit ${i}\nplan`), i + 2);
        const t = performance.now();
        await builder.update([edited.uri], []);
        times.push(performance.now() - t);
    }
    listener.dispose();
    await drop(...broken, edited);
    return { openBroken: broken.length, editMs: median(times), rebuilt };
}

/**
 * A clinician typing in a 5,000-line plan, one keystroke per update: a new activity line typed character by
 * character (most intermediate states do not parse, so those and the keystroke after each take the full parse),
 * ten doses changed digit by digit, and a remark typed into a comment. Reports the share of keystrokes that took
 * the incremental path (language/workspace/incremental-parse.ts) and the time from keystroke to diagnostics.
 */
async function typingFigure(): Promise<{ keystrokes: number; incremental: number; p50: number; p95: number }> {
    const texts = shared.workspace.TextDocuments;
    const uri = URI.parse('file:///typing/plan.rehab');
    let text = generatePlan(5000, { withImport: false });
    let version = 1;
    texts.set(TextDocument.create(uri.toString(), 'rehab', version++, text));
    const doc = factory.fromTextDocument(texts.get(uri)!, uri);
    documents.addDocument(doc);
    await builder.build([doc], { validation: true });

    const keystrokes: string[] = [];
    const type = (at: number, typed: string) => {
        for (const ch of typed) {
            text = text.slice(0, at) + ch + text.slice(at);
            at++;
            keystrokes.push(text);
        }
    };
    const middle = text.length >> 1;
    type(text.indexOf('\n', text.indexOf('goal "Week', middle)), '\n        do walk 20 min, daily');
    let from = middle;
    for (let i = 0; i < 10; i++) {
        const at = text.indexOf('3 x 10 reps', from) + 5;
        text = text.slice(0, at) + text.slice(at + 1);
        keystrokes.push(text);
        type(at, '2');
        from = at + 10;
    }
    type(text.indexOf('\n', text.indexOf('// phase', middle)), ' - easier week');

    const counts = (factory as RehabDocumentFactory).counts;
    const before = counts.incremental;
    const times: number[] = [];
    for (const next of keystrokes) {
        texts.set(TextDocument.create(uri.toString(), 'rehab', version++, next));
        const t = performance.now();
        await builder.update([uri], []);
        times.push(performance.now() - t);
    }
    await drop(doc);
    return {
        keystrokes: keystrokes.length,
        incremental: counts.incremental - before,
        p50: median(times),
        p95: quantile(times, 0.95)
    };
}

async function heapPerLine(): Promise<number | undefined> {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) return undefined;
    const text = generatePlan(50000);
    gc();
    gc();
    const before = process.memoryUsage().heapUsed;
    const doc = await build(text);
    gc();
    gc();
    const after = process.memoryUsage().heapUsed;
    const lines = text.split('\n').length;
    await drop(doc);
    return (after - before) / lines;
}

function cliWallTime(): number {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rehab-bench-'));
    const file = path.join(dir, 'plan.rehab');
    writeFileSync(file, generatePlan(300, { withImport: false }));
    const times: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
        const t = performance.now();
        spawnSync(process.execPath, [path.join(root, 'bin/rehab.js'), 'check', file], { encoding: 'utf8' });
        if (i > 0) times.push(performance.now() - t);
    }
    return median(times);
}

/** Sizes as shipped: the bundles minified as `npm run package` builds them (into a temp folder), and the .vsix if present. */
function bundleSizes(): Record<string, number | undefined> {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rehab-bundles-'));
    const minified = (entry: string, name: string) => {
        execFileSync(
            path.join(root, 'node_modules/esbuild/bin/esbuild'),
            [
                entry,
                '--bundle',
                '--platform=node',
                '--format=cjs',
                '--minify',
                '--external:vscode',
                `--outfile=${path.join(dir, name)}`,
                '--log-level=error'
            ],
            { cwd: root }
        );
        return statSync(path.join(dir, name)).size;
    };
    const vsix = path.join(root, 'rehab-lang.vsix');
    return {
        'server.cjs (minified)': minified('server/main.ts', 'server.cjs'),
        'client.cjs (minified)': minified('client/extension.ts', 'client.cjs'),
        'rehab-lang.vsix': existsSync(vsix) ? statSync(vsix).size : undefined
    };
}

async function main() {
    const machine = {
        date: new Date().toISOString(),
        node: process.version,
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        loadavg: os.loadavg(),
        memoryGiB: os.totalmem() / 2 ** 30
    };
    console.error(`rehab bench: ${machine.cpus} cores, load ${machine.loadavg.map(l => l.toFixed(2)).join(' ')}, node ${machine.node}`);
    const core = await coreFigures();
    const workspace = await workspaceFigure();
    const heap = await heapPerLine();
    const cli = cliWallTime();
    const brokenPlans = await brokenPlansFigure();
    const typing = await typingFigure();
    const bundles = bundleSizes();
    const lsp = lspFigures();
    const follow = await followFigure(runs);
    const result = {
        machine,
        runs,
        core,
        workspace,
        brokenPlans,
        typing,
        heapBytesPerLine: heap,
        cliCheck300Ms: cli,
        bundles,
        lsp,
        follow
    };

    console.log('\n| lines | parse ms | full build ms | build µs/line | compile ms | JSON floor ms | build ÷ floor | diagnostics |');
    console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of core)
        console.log(
            `| ${r.lines} | ${ms(r.parseMs)} | ${ms(r.buildMs)} | ${((r.buildMs * 1000) / r.lines).toFixed(0)} | ${ms(r.compileMs)} | ${ms(r.floorMs)} | ${r.buildOverFloor.toFixed(1)}× | ${r.diagnostics} |`
        );
    console.log(`\nworkspace ${workspace.files} plans × ${workspace.linesEach} lines, index and validate: ${ms(workspace.ms)} ms`);
    console.log(
        `one edit with ${brokenPlans.openBroken} broken plans open: ${ms(brokenPlans.editMs)} ms, ${brokenPlans.rebuilt} document(s) rebuilt`
    );
    console.log(
        `typing in a 5,000-line plan, ${typing.keystrokes} keystrokes: ${typing.incremental} (${((100 * typing.incremental) / typing.keystrokes).toFixed(0)} %) re-parsed incrementally; keystroke → diagnostics p50 ${ms(typing.p50)} ms, p95 ${ms(typing.p95)} ms`
    );
    console.log(`retained heap: ${heap === undefined ? 'n/a (run with --expose-gc)' : (heap / 1024).toFixed(2) + ' KB per line'}`);
    console.log(`rehab check of a 300-line plan, whole process: ${ms(cli)} ms`);
    console.log(
        `follow a ${follow.rows}-row (10-year) diary, read and evaluate: ${ms(follow.followMs)} ms; its HTML page: ${ms(follow.htmlMs)} ms`
    );
    console.log(
        `bundles: ${Object.entries(bundles)
            .map(([k, v]) => `${k} ${v === undefined ? '—' : (v / 1024).toFixed(0) + ' KB'}`)
            .join(', ')}`
    );
    printLsp(lsp);
    printTargets(result);

    const outDir = path.join(root, '.bench');
    mkdirSync(outDir, { recursive: true });
    const file = path.join(outDir, `bench-${machine.date.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, JSON.stringify(result, null, 2));
    console.log(`\nfigures written to ${path.relative(root, file)}`);
}

main().catch(e => {
    console.error(e);
    process.exitCode = 1;
});
