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

// The browser bundles: no Node built-ins (tests/web checks); the preview's nonce uses the shim below.
const browser = {
    platform: 'browser',
    target: 'es2022',
    plugins: [
        {
            name: 'node-crypto-shim',
            setup(build) {
                build.onResolve({ filter: /^(node:)?crypto$/ }, () => ({
                    path: new URL('./client/browser/node-crypto-shim.ts', import.meta.url).pathname
                }));
            }
        }
    ]
};

const builds = [
    { entryPoints: { client: 'client/extension.ts' }, external: ['vscode'] },
    // The server and the CLI are processes whose start a user waits for: minified bundles load about 0.1 s
    // faster, so they are always minified (development builds keep linked source maps for debugging). Each is
    // started by a small launcher that loads it with V8's code cache (server/bundle-loader.ts).
    { entryPoints: { 'server-core': 'server/main.ts' }, minify: true },
    { entryPoints: { 'cli-core': 'bin/cli/main.ts' }, minify: true },
    { entryPoints: { server: 'server/launch.ts', cli: 'bin/cli/launch.ts' }, minify: true, sourcemap: false },
    // VS Code for the Web (package.json `browser`): the client as CommonJS, the server as a worker script.
    // VS Code loads a web extension's entry with a `.js` suffix, so these two keep `.js`.
    {
        entryPoints: { 'client-browser': 'client/browser/extension-browser.ts' },
        ...browser,
        external: ['vscode'],
        minify: true,
        outExtension: { '.js': '.js' }
    },
    {
        entryPoints: { 'server-browser': 'server/main-browser.ts' },
        ...browser,
        format: 'iife',
        minify: true,
        outExtension: { '.js': '.js' }
    }
];

const contexts = await Promise.all(builds.map(b => esbuild.context({ ...common, outdir: 'out', outExtension: { '.js': '.cjs' }, ...b })));
if (watch) {
    await Promise.all(contexts.map(c => c.watch()));
} else {
    await Promise.all(contexts.map(c => c.rebuild()));
    await Promise.all(contexts.map(c => c.dispose()));
    // The code caches belong to the bundles just built, for this Node (a packaged .vsix carries none).
    if (!production) await import('./scripts/build-code-cache.mjs').catch(e => console.warn(`code cache not written: ${e.message}`));
}
