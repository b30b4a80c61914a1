// Runs the extension test suite in a real VS Code (downloaded by @vscode/test-electron).
// `npm run test:vscode`; needs network access for the download, and the devDependencies
// @vscode/test-electron and mocha. The bundles must be built first (`node esbuild.mjs`).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

let runTests;
try {
    ({ runTests } = await import('@vscode/test-electron'));
} catch {
    console.error('@vscode/test-electron is not installed: npm install --save-dev @vscode/test-electron mocha');
    process.exit(2);
}

execFileSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' });
try {
    await runTests({
        version: process.env.VSCODE_TEST_VERSION ?? 'stable',
        extensionDevelopmentPath: root,
        extensionTestsPath: fileURLToPath(new URL('./suite/index.cjs', import.meta.url)),
        launchArgs: [fileURLToPath(new URL('../../examples', import.meta.url)), '--disable-extensions', '--disable-workspace-trust']
    });
} catch (error) {
    console.error('VS Code extension tests failed:', error);
    process.exit(1);
}
