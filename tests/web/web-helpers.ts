import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

export const ROOT = join(import.meta.dirname, '..', '..');
export const WEB_DIR = join(ROOT, 'out', 'web');

/** Builds out/web/ once per test file (a few seconds): the tests run on the built folder. */
export function buildPlayground(): void {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-web.mjs')], { cwd: ROOT, stdio: 'pipe' });
}

export interface StaticServer {
    origin: string;
    close(): Promise<void>;
}

/** Serves a folder on 127.0.0.1 at a free port, as `rehab playground` does. */
export async function serveFolder(dir: string): Promise<StaticServer> {
    const server: Server = createServer(sirv(dir, { dev: true, etag: true }));
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return {
        origin: `http://127.0.0.1:${port}`,
        close: () =>
            new Promise<void>(resolve => {
                server.closeAllConnections();
                server.close(() => resolve());
            })
    };
}

/** Same origin: the page's own URLs, blob: URLs it created, data: URLs and about: pages. */
export function isSameOrigin(url: string, origin: string): boolean {
    if (url.startsWith('data:') || url.startsWith('about:')) return true;
    try {
        return new URL(url).origin === origin;
    } catch {
        return false;
    }
}
