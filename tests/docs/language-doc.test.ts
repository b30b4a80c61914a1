import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { clearDocuments } from 'langium/test';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { extractBuiltinTable, renderBuiltinTable, replaceBuiltinTable } from '../../language/library/builtin-table.js';
import { Rehab, validate } from '../test-services.js';
import { outputRegions, rehabBlocks, renderOutput, type RehabBlock } from './doc-examples.js';

/*
 * docs/language.md is the reference a clinician learns the language from, so its examples must be true.
 *
 * Every ```rehab block is checked. The block's leading `//` comment lines may carry directives:
 *
 *   // fragment: plan       the block is plan members (patient, monitor, phase, exercise …): it is wrapped in
 *                           `plan example { condition plantar-fasciitis … }` (without the condition line when
 *                           the block has its own)
 *   // fragment: phase      the block is phase members (goal, entry, do …): wrapped in a phase in weeks 1-12
 *                           of such a plan
 *   // fragment: activity   the block is what goes in an activity's braces (progress, rest): wrapped in
 *                           `do heel-raise 3 x 8 reps tempo 3-0-3, every other day { … }` in such a phase
 *   // file: NAME.rehab     the block is loaded under that file name (beside the others), so a later block's
 *                           `import "NAME.rehab"` finds it
 *   // expect: ID ID …      the rule ids this block is written to show (words after the ids are a note)
 *
 * A block without `fragment` must be a whole file: a plan (it contains `plan `) or a library (`library `).
 * Every block must parse and link: no `syntax` or `reference` diagnostic. A whole plan must moreover have no
 * error and no warning, unless it says `// expect:`; then each listed id must be reported (at any severity)
 * and no error or warning with another id may be. For a fragment, whose wrapper is not a complete plan and
 * draws its own warnings, `// expect:` only requires the listed ids to be reported.
 *
 * The tutorial shows what `rehab check myplan.rehab` prints for some examples, between
 * `<!-- check-output:start -->` and `<!-- check-output:end -->`; that output, like the built-in table, is written
 * by `npm run docs:language` and must match what the checker says now.
 */

const docPath = fileURLToPath(new URL('../../docs/language.md', import.meta.url));
const doc = readFileSync(docPath, 'utf8');

function indent(text: string, by: string): string {
    return text
        .split('\n')
        .map(l => by + l)
        .join('\n');
}

/** The wrapper plan has `condition plantar-fasciitis` (unless the fragment writes its own), so the guide's rules run. */
function wrap(block: RehabBlock): string {
    const head = /^\s*condition\s/m.test(block.text) ? 'plan example {\n' : 'plan example {\n    condition plantar-fasciitis\n';
    switch (block.fragment) {
        case undefined:
            return block.text;
        case 'plan':
            return `${head}${indent(block.text, '    ')}\n}\n`;
        case 'phase':
            return `${head}    phase example weeks 1-12 {\n${indent(block.text, '        ')}\n    }\n}\n`;
        case 'activity':
            return `${head}    phase example weeks 1-12 {\n        do heel-raise 3 x 8 reps tempo 3-0-3, every other day {\n${indent(block.text, '            ')}\n        }\n    }\n}\n`;
        default:
            throw new Error(`unknown fragment kind '${block.fragment}'`);
    }
}

function show(diagnostics: Diagnostic[]): string {
    return diagnostics.map(d => `${d.code}@${d.range.start.line + 1}: ${d.message}`).join('\n  ') || 'nothing';
}

const blocks = rehabBlocks(doc);
let counter = 0;

describe('docs/language.md', () => {
    afterAll(() => clearDocuments(Rehab.shared));

    it('shows the built-in exercise table as the library source gives it now', () => {
        const committed = extractBuiltinTable(doc);
        expect(committed, 'docs/language.md lacks the builtin-table markers').toBeDefined();
        expect(committed, 'The built-in exercise table in docs/language.md is stale: run `npm run docs:language`').toBe(
            renderBuiltinTable(Rehab)
        );
    });

    it('writes the table between the markers and leaves the rest of the page alone', () => {
        const page = 'before\n<!-- builtin-table:start -->\nold\n<!-- builtin-table:end -->\nafter\n';
        expect(replaceBuiltinTable(page, '| a \\| b |')).toBe(
            'before\n<!-- builtin-table:start -->\n| a \\| b |\n<!-- builtin-table:end -->\nafter\n'
        );
        expect(extractBuiltinTable(replaceBuiltinTable(page, 'new'))).toBe('new');
        expect(() => replaceBuiltinTable('no markers', 'x')).toThrow(/markers/);
    });

    it('escapes pipes in the table cells', () => {
        const table = renderBuiltinTable(Rehab);
        const rows = table.split('\n').slice(2);
        expect(rows.length).toBe(Rehab.library.Builtins.exercises().length);
        for (const row of rows) expect(row.replace(/\\\|/g, '').split('|').length, row).toBe(9);
        expect(table).toContain('`heel-raise` | strength | Heel raise | Hælløft |');
    });

    it('has rehab examples, and each says what it is', () => {
        expect(blocks.length).toBeGreaterThan(20);
        for (const b of blocks) {
            if (b.fragment === undefined) {
                expect(
                    /\b(plan|library)\s/.test(b.text),
                    `block at docs/language.md:${b.line} is neither a plan nor a library; mark it // fragment: …`
                ).toBe(true);
            }
        }
    });

    it('shows the checker output the tutorial examples give now', async () => {
        const regions = outputRegions(doc);
        expect(regions.length).toBeGreaterThan(0);
        for (const region of regions) {
            expect(
                region.current,
                `The checker output after the example at docs/language.md:${region.block.line} is stale: run \`npm run docs:language\``
            ).toBe(await renderOutput(Rehab, region.block));
        }
    });

    // In order, so that a `// file:` library is loaded before the plan that imports it.
    for (const block of blocks) {
        const whole = block.fragment === undefined && /\bplan\s/.test(block.text);
        const what = block.fragment ? `fragment: ${block.fragment}` : whole ? 'whole plan' : 'file';
        it(`example at docs/language.md:${block.line} (${what}${block.expect ? `, expect ${block.expect.join(' ')}` : ''})`, async () => {
            const uri = `file:///docs-examples/${block.file ?? `example-${counter++}.rehab`}`;
            const { diagnostics } = await validate(wrap(block), { uri, allowSyntaxErrors: true });
            const broken = diagnostics.filter(d => d.code === 'syntax' || d.code === 'reference');
            expect(broken, `does not parse or link:\n  ${show(broken)}`).toEqual([]);
            const reported = new Set(diagnostics.map(d => String(d.code)));
            for (const id of block.expect ?? [])
                expect(reported.has(id), `${id} should be reported; got\n  ${show(diagnostics)}`).toBe(true);
            if (whole) {
                const allowed = new Set(block.expect ?? []);
                const unexpected = diagnostics.filter(d => (d.severity === 1 || d.severity === 2) && !allowed.has(String(d.code)));
                expect(unexpected, `unexpected errors or warnings:\n  ${show(unexpected)}`).toEqual([]);
            }
        });
    }
});
