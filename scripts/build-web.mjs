// Builds the playground, one static folder: out/web/ (index.html, playground.js, playground.css and the
// language server as server-worker.js). The examples are bundled into the page at build time.
// `--dev` skips minifying and adds source maps.
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'out', 'web');
const dev = process.argv.includes('--dev');

/**
 * The page's policy: its own scripts and worker only, no connections at all. Styles may be inline because
 * the handout is shown in a sandboxed srcdoc iframe, which inherits this policy, and the handout's styles are
 * inline (its own policy allows no script at all).
 */
export const PAGE_CSP = [
    "default-src 'none'",
    "script-src 'self'",
    "worker-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'none'",
    "font-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'"
].join('; ');

/** `rehab:examples`: examples/*.rehab as plans, examples/library/*.rehab as the importable library. */
const examplesPlugin = {
    name: 'rehab-examples',
    setup(build) {
        build.onResolve({ filter: /^rehab:examples$/ }, () => ({ path: 'examples', namespace: 'rehab-examples' }));
        build.onLoad({ filter: /.*/, namespace: 'rehab-examples' }, async () => {
            const folder = join(root, 'examples');
            const names = (await readdir(folder)).filter(n => n.endsWith('.rehab')).sort();
            const examples = await Promise.all(names.map(async name => ({ name, text: await readFile(join(folder, name), 'utf8') })));
            const library = {};
            for (const name of (await readdir(join(folder, 'library'))).filter(n => n.endsWith('.rehab')).sort()) {
                library[`library/${name}`] = await readFile(join(folder, 'library', name), 'utf8');
            }
            return {
                contents: `export const EXAMPLES = ${JSON.stringify(examples)};\nexport const LIBRARY = ${JSON.stringify(library)};\n`,
                loader: 'js',
                watchFiles: [...names.map(n => join(folder, n))],
                watchDirs: [folder, join(folder, 'library')]
            };
        });
    }
};

const common = {
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    minify: !dev,
    sourcemap: dev ? 'linked' : false,
    legalComments: 'none',
    logLevel: 'warning',
    define: { 'import.meta.url': 'undefined' }
};

export async function buildWeb() {
    await rm(outdir, { recursive: true, force: true });
    await mkdir(outdir, { recursive: true });
    await Promise.all([
        esbuild.build({
            ...common,
            entryPoints: [join(root, 'web', 'playground.ts')],
            outfile: join(outdir, 'playground.js'),
            plugins: [examplesPlugin]
        }),
        // The extension's browser language server, unchanged (it is also out/server-browser.js).
        esbuild.build({ ...common, entryPoints: [join(root, 'server', 'main-browser.ts')], outfile: join(outdir, 'server-worker.js') }),
        copyFile(join(root, 'web', 'playground.css'), join(outdir, 'playground.css'))
    ]);
    const page = (await readFile(join(root, 'web', 'index.html'), 'utf8')).replace('__CSP__', PAGE_CSP);
    await writeFile(join(outdir, 'index.html'), page);
    // Hosts that read a _headers file (Netlify, Cloudflare Pages) send the same policy as a header, which
    // also covers the worker script.
    await writeFile(
        join(outdir, '_headers'),
        `/*\n  Content-Security-Policy: ${PAGE_CSP}; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n`
    );
    const files = ['index.html', 'playground.css', 'playground.js', 'server-worker.js'];
    let raw = 0,
        gzipped = 0;
    for (const file of files) {
        const bytes = await readFile(join(outdir, file));
        raw += bytes.length;
        gzipped += gzipSync(bytes, { level: 9 }).length;
    }
    return { outdir, raw, gzipped };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
    const { raw, gzipped } = await buildWeb();
    console.log(
        `playground: ${relative(process.cwd(), outdir) || '.'}/ — ${(raw / 1024).toFixed(0)} KiB, ${(gzipped / 1024).toFixed(0)} KiB gzipped`
    );
}
