import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { CliError } from '../cli-error.js';
import type { CommandContext } from '../commands.js';

const DEFAULT_PORT = 8080;
const HOST = '127.0.0.1';

/**
 * `rehab playground [--port N]`: serves the built playground (out/web/, `npm run build:web`) on 127.0.0.1 and
 * prints its address; it runs until stopped (Ctrl+C). The folder is static: any web host can serve it too.
 */
export async function playgroundCommand(context: CommandContext): Promise<number> {
    if (context.paths.length > 0)
        throw new CliError('playground takes no files; it serves the playground, where plans are written in the browser.');
    const port = parsePort(context.options.port);
    const dir = webDir();
    const page = join(dir, 'index.html');
    if (!existsSync(page)) throw new CliError(`no playground at ${dir}; build it first with \`npm run build:web\`.`);
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(page, 'utf8'))?.[1];
    const files = sirv(dir, {
        etag: true,
        setHeaders: res => {
            // The page's policy as a header as well, which also covers the language server's worker script.
            if (policy) res.setHeader('Content-Security-Policy', `${policy}; frame-ancestors 'none'`);
            res.setHeader('X-Content-Type-Options', 'nosniff');
            res.setHeader('Referrer-Policy', 'no-referrer');
        }
    });
    const server = createServer((req, res) =>
        files(req, res, () => {
            res.statusCode = 404;
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            res.end('Not found\n');
        })
    );
    const address = await listen(server, port);
    context.out(`Rehab playground: http://${HOST}:${address.port}/ (serving ${dir}; Ctrl+C stops it)\n`);
    // Stopping the playground is its normal end, not an interrupted command.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.prependListener(signal, () => {
            server.close();
            server.closeAllConnections();
            process.exit(0);
        });
    }
    return new Promise<number>(() => undefined);
}

function parsePort(text: string | undefined): number {
    if (text === undefined) return DEFAULT_PORT;
    const port = Number(text);
    if (!/^\d+$/.test(text) || !Number.isInteger(port) || port > 65535)
        throw new CliError(`--port must be a port number (0-65535; 0 picks a free one), not '${text}'.`);
    return port;
}

/** out/web beside the CLI bundle (out/cli.cjs); from the sources, out/web under the working folder. */
function webDir(): string {
    return typeof __dirname === 'string' ? join(__dirname, 'web') : join(process.cwd(), 'out', 'web');
}

function listen(server: Server, port: number): Promise<AddressInfo> {
    return new Promise((resolve, reject) => {
        server.once('error', (error: NodeJS.ErrnoException) => {
            reject(
                error.code === 'EADDRINUSE'
                    ? new CliError(`port ${port} is in use on ${HOST}; choose another with --port N (0 picks a free one).`)
                    : new CliError(`could not serve the playground on ${HOST}:${port}: ${error.message}`)
            );
        });
        server.listen(port, HOST, () => resolve(server.address() as AddressInfo));
    });
}
