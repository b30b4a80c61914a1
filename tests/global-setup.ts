import { execFileSync } from 'node:child_process';

/** Bundles out/*.cjs once per test run: CLI and protocol tests spawn the real bundles. */
export default function setup(): void {
    execFileSync(process.execPath, ['esbuild.mjs'], { stdio: 'inherit' });
}
