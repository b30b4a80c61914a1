import type { Transport } from '@codemirror/lsp-client';
import {
    FS_READ_DIRECTORY_REQUEST,
    FS_READ_FILE_REQUEST,
    FS_STAT_REQUEST,
    type FsReadDirectoryResult,
    type FsStatResult
} from '../server/protocol-browser.js';

/** The playground's files: the plan in the editor and the bundled clinic library it may import. */
export interface VirtualFolder {
    /** The workspace folder, e.g. `file:///playground`. */
    root: string;
    /** Files under the root by their path relative to it, e.g. `library/clinic-exercises.rehab`. */
    files: Record<string, string>;
}

type Message = { jsonrpc: '2.0'; id?: number | string; method?: string; params?: unknown; result?: unknown; error?: unknown };

/**
 * The LSP transport of @codemirror/lsp-client over a web worker running server/main-browser.ts. Two things
 * the generic client does not do are done here: the `initialize` request names the workspace folder (Langium
 * loads the workspace from it), and the server's `rehab/fs/*` requests are answered from the bundled files.
 */
export function workerTransport(worker: Worker, folder: VirtualFolder): Transport {
    const handlers = new Set<(value: string) => void>();
    const root = folder.root.replace(/\/$/, '');
    const reply = (id: Message['id'], result: unknown) => worker.postMessage({ jsonrpc: '2.0', id, result });

    worker.addEventListener('message', event => {
        const message = event.data as Message;
        if (message && typeof message.method === 'string' && message.id !== undefined && message.method.startsWith('rehab/fs/')) {
            reply(message.id, answer(message.method, (message.params as { uri?: unknown } | undefined)?.uri));
            return;
        }
        const text = JSON.stringify(message);
        for (const handler of handlers) handler(text);
    });

    function answer(method: string, uri: unknown): unknown {
        const path = typeof uri === 'string' && (uri === root || uri.startsWith(root + '/')) ? uri.slice(root.length + 1) : undefined;
        const names = Object.keys(folder.files);
        const isFolder = (p: string) => p === '' || names.some(n => n.startsWith(p + '/'));
        switch (method) {
            case FS_STAT_REQUEST:
                if (path === undefined) return null;
                return (
                    Object.hasOwn(folder.files, path) ? { type: 'file' } : isFolder(path) ? { type: 'directory' } : null
                ) satisfies FsStatResult;
            case FS_READ_DIRECTORY_REQUEST: {
                if (path === undefined || !isFolder(path)) return [];
                const prefix = path === '' ? '' : path + '/';
                const entries = new Map<string, 'file' | 'directory'>();
                for (const name of names.filter(n => n.startsWith(prefix))) {
                    const rest = name.slice(prefix.length);
                    const slash = rest.indexOf('/');
                    entries.set(slash < 0 ? rest : rest.slice(0, slash), slash < 0 ? 'file' : 'directory');
                }
                return [...entries].map(([name, type]) => ({ uri: `${root}/${prefix}${name}`, type })) satisfies FsReadDirectoryResult;
            }
            case FS_READ_FILE_REQUEST:
                return path !== undefined && Object.hasOwn(folder.files, path) ? folder.files[path] : null;
            default:
                return null;
        }
    }

    return {
        send(text: string) {
            const message = JSON.parse(text) as Message;
            if (message.method === 'initialize' && message.params && typeof message.params === 'object') {
                Object.assign(message.params, { workspaceFolders: [{ uri: root, name: 'playground' }] });
            }
            worker.postMessage(message);
        },
        subscribe(handler) {
            handlers.add(handler);
        },
        unsubscribe(handler) {
            handlers.delete(handler);
        }
    };
}
