import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/**
 * Loads a CommonJS bundle with V8's code cache: the server and the CLI are processes a user waits for, and
 * compiling their 0.8 MB bundles (and, later, each function on its first call) is a good part of their start.
 * The cache (`<bundle>.cache`) is written by `scripts/build-code-cache.mjs` after a warm-up run, for the Node that
 * built it. It is only a speed-up: a missing, stale or foreign cache (another Node, another build of the bundle)
 * is ignored, V8 compiles as usual, and nothing else changes.
 *
 * V8 accepts a cache for any source of the same length, so the cache carries the bundle's size and modification
 * time, and is used only when both still match.
 */
/** What a launcher does: runs the bundle, or says in one line that it is missing and what to run. */
export function launchBundle(bundle: string, program: string, exitCode: number): void {
    if (existsSync(bundle)) {
        loadBundle(bundle);
        return;
    }
    process.stderr.write(`${program}: ${bundle} is missing. Run \`npm run build\` first.\n`);
    process.exitCode = exitCode;
}

export function loadBundle(bundle: string): { cacheUsed: boolean } {
    const source = readFileSync(bundle, 'utf8');
    const cacheFile = `${bundle}.cache`;
    const key = bundleKey(bundle);
    const cachedData = readCache(cacheFile, key);
    const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
    if (process.env.REHAB_WRITE_CODE_CACHE === '1') {
        // Written at exit, when the functions a run needed have been compiled and can be cached with the rest.
        process.once('exit', () => writeCache(cacheFile, key, script.createCachedData()));
    }
    const module = { exports: {} as unknown, filename: bundle, id: bundle };
    const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
    wrapper.call(module.exports, module.exports, Module.createRequire(bundle), module, bundle, dirname(bundle));
    return { cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}

export function bundleKey(bundle: string): string {
    const { size, mtimeMs } = statSync(bundle);
    return `${process.version} ${size} ${mtimeMs}`;
}

function readCache(cacheFile: string, key: string): Buffer | undefined {
    try {
        const data = readFileSync(cacheFile);
        const newline = data.indexOf(10);
        return newline > 0 && data.subarray(0, newline).toString() === key ? data.subarray(newline + 1) : undefined;
    } catch {
        return undefined;
    }
}

export function writeCache(cacheFile: string, key: string, data: Buffer): void {
    try {
        writeFileSync(cacheFile, Buffer.concat([Buffer.from(`${key}\n`), data]));
    } catch {
        // A read-only install keeps working without the cache.
    }
}
