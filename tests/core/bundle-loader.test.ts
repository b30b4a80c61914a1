// The launchers of the server and the CLI load their bundles with V8's code cache (server/bundle-loader.ts). The
// cache is only a speed-up: a missing, damaged or stale one must change nothing but the speed.
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { bundleKey, loadBundle, writeCache } from '../../server/bundle-loader.js';

const loaded = () => (globalThis as { __loaderTest?: string }).__loaderTest;

function bundle(source: string): string {
    const file = join(mkdtempSync(join(tmpdir(), 'rehab-loader-')), 'core.cjs');
    writeFileSync(file, source);
    return file;
}

describe('loading a bundle with its code cache', () => {
    test('runs the bundle as CommonJS without a cache', () => {
        const file = bundle("globalThis.__loaderTest = require('node:path').basename(__filename) + ':' + typeof module.exports;");
        expect(loadBundle(file)).toEqual({ cacheUsed: false });
        expect(loaded()).toBe('core.cjs:object');
    });

    test('uses a cache made for this bundle, and ignores damaged ones and those of another build', () => {
        const source = "globalThis.__loaderTest = 'cached';";
        const file = bundle(source);
        const data = new Script(Module.wrap(source), { filename: file }).createCachedData();
        writeCache(`${file}.cache`, bundleKey(file), data);
        expect(loadBundle(file)).toEqual({ cacheUsed: true });
        expect(loaded()).toBe('cached');

        // Each case loads a source of its own: V8 reuses a script it compiled before without reading the cache.
        const damaged = bundle("globalThis.__loaderTest = 'damaged';");
        writeCache(`${damaged}.cache`, bundleKey(damaged), Buffer.from('not a code cache'));
        expect(loadBundle(damaged)).toEqual({ cacheUsed: false });
        expect(loaded()).toBe('damaged');

        // A rebuilt bundle of the same length: V8 alone would accept the old cache.
        writeCache(`${file}.cache`, bundleKey(file), data);
        writeFileSync(file, "globalThis.__loaderTest = 'recast';");
        utimesSync(file, new Date(), new Date(Date.now() + 5000));
        expect(loadBundle(file)).toEqual({ cacheUsed: false });
        expect(loaded()).toBe('recast');
    });
});
