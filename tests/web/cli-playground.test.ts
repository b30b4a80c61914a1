import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildPlayground, ROOT } from './web-helpers.js';

// `rehab playground`: serves out/web/ on 127.0.0.1 and prints the address (the CLI bundle is built by the
// test run's global setup).

const REHAB = join(ROOT, 'bin', 'rehab.js');

describe('rehab playground', () => {
    let child: ChildProcess | undefined;
    let address = '';

    beforeAll(async () => {
        buildPlayground();
        child = spawn(process.execPath, [REHAB, 'playground', '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
        address = await new Promise<string>((resolve, reject) => {
            let out = '';
            child!.stdout!.on('data', chunk => {
                out += chunk;
                const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
                if (found) resolve(found[0]);
            });
            child!.stderr!.on('data', chunk => {
                out += chunk;
            });
            child!.once('exit', code => reject(new Error(`rehab playground exited (${code}): ${out}`)));
        });
    }, 60000);

    afterAll(() => {
        if (child?.pid && child.exitCode === null) child.kill('SIGTERM');
    });

    test('prints its address and serves the page with its policy', async () => {
        expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
        const page = await fetch(address);
        expect(page.status).toBe(200);
        expect(page.headers.get('content-type')).toMatch(/text\/html/);
        expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'.*connect-src 'none'/);
        expect(await page.text()).toContain('<div id="editor">');
        for (const file of ['playground.js', 'playground.css', 'server-worker.js']) {
            expect((await fetch(address + file)).status, file).toBe(200);
        }
        expect((await fetch(address + 'nothing-here')).status).toBe(404);
    });

    test('a bad port or a file is a usage error (exit 2)', () => {
        const badPort = spawnSync(process.execPath, [REHAB, 'playground', '--port', 'eighty'], { cwd: ROOT, encoding: 'utf8' });
        expect(badPort.status).toBe(2);
        expect(badPort.stderr).toMatch(/--port must be a port number/);
        const withFile = spawnSync(process.execPath, [REHAB, 'playground', 'examples/walker-62.rehab'], { cwd: ROOT, encoding: 'utf8' });
        expect(withFile.status).toBe(2);
        const portElsewhere = spawnSync(process.execPath, [REHAB, 'check', 'examples/walker-62.rehab', '--port', '1'], {
            cwd: ROOT,
            encoding: 'utf8'
        });
        expect(portElsewhere.status).toBe(2);
        expect(portElsewhere.stderr).toMatch(/check does not take --port/);
    });
});
