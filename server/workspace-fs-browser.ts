import { URI, UriUtils, type FileSystemNode, type FileSystemProvider } from 'langium';
import type { Connection } from 'vscode-languageserver';
import {
    FS_READ_DIRECTORY_REQUEST,
    FS_READ_FILE_REQUEST,
    FS_STAT_REQUEST,
    type FsEntryType,
    type FsReadDirectoryResult,
    type FsReadFileResult,
    type FsStatResult,
    type FsUriParams
} from './protocol-browser.js';

const CONFIG_FILE = 'rehab.config.json';

/**
 * Langium's FileSystemProvider over the client's file system. The asynchronous methods ask the client;
 * the synchronous ones (used while validating: does an import's file exist, is there a rehab.config.json)
 * answer from what the asynchronous ones have seen, since a request cannot be awaited synchronously.
 * Workspace start-up lists every folder, so what the validators ask about is known by then; config files
 * found in a listing are read ahead for the same reason.
 */
export class ClientFileSystemProvider implements FileSystemProvider {
    private readonly types = new Map<string, FsEntryType | 'missing'>();
    private readonly texts = new Map<string, string>();
    private readonly listings = new Map<string, FileSystemNode[]>();

    constructor(private readonly connection: Pick<Connection, 'sendRequest'>) {}

    async stat(uri: URI): Promise<FileSystemNode> {
        const result = await this.connection.sendRequest<FsStatResult>(FS_STAT_REQUEST, { uri: uri.toString() } satisfies FsUriParams);
        const type = result && (result.type === 'file' || result.type === 'directory') ? result.type : undefined;
        this.types.set(uri.toString(), type ?? 'missing');
        if (!type) throw new Error(`No file or folder at ${uri.toString()}.`);
        return node(uri, type);
    }

    statSync(uri: URI): FileSystemNode {
        const type = this.types.get(uri.toString());
        if (type === 'file' || type === 'directory') return node(uri, type);
        throw new Error(`${uri.toString()} is not known to the browser workspace.`);
    }

    async exists(uri: URI): Promise<boolean> {
        try {
            await this.stat(uri);
            return true;
        } catch {
            return false;
        }
    }

    existsSync(uri: URI): boolean {
        const type = this.types.get(uri.toString());
        return type === 'file' || type === 'directory';
    }

    async readFile(uri: URI): Promise<string> {
        const text = await this.connection.sendRequest<FsReadFileResult>(FS_READ_FILE_REQUEST, {
            uri: uri.toString()
        } satisfies FsUriParams);
        if (typeof text !== 'string') throw new Error(`Could not read ${uri.toString()}.`);
        this.types.set(uri.toString(), 'file');
        this.texts.set(uri.toString(), text);
        return text;
    }

    readFileSync(uri: URI): string {
        const text = this.texts.get(uri.toString());
        if (text === undefined) throw new Error(`${uri.toString()} has not been read from the browser workspace.`);
        return text;
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return new TextEncoder().encode(await this.readFile(uri));
    }

    readBinarySync(uri: URI): Uint8Array {
        return new TextEncoder().encode(this.readFileSync(uri));
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        const result = await this.connection.sendRequest<FsReadDirectoryResult>(FS_READ_DIRECTORY_REQUEST, {
            uri: uri.toString()
        } satisfies FsUriParams);
        const entries: FileSystemNode[] = [];
        for (const entry of Array.isArray(result) ? result : []) {
            if (typeof entry?.uri !== 'string' || (entry.type !== 'file' && entry.type !== 'directory')) continue;
            const child = URI.parse(entry.uri);
            this.types.set(child.toString(), entry.type);
            entries.push(node(child, entry.type));
        }
        this.types.set(uri.toString(), 'directory');
        this.listings.set(uri.toString(), entries);
        const configs = entries.filter(e => e.isFile && UriUtils.basename(e.uri) === CONFIG_FILE);
        await Promise.all(configs.map(e => this.readFile(e.uri).catch(() => undefined)));
        return entries;
    }

    readDirectorySync(uri: URI): FileSystemNode[] {
        const listing = this.listings.get(uri.toString());
        if (!listing) throw new Error(`${uri.toString()} has not been listed in the browser workspace.`);
        return listing;
    }
}

function node(uri: URI, type: FsEntryType): FileSystemNode {
    return { uri, isFile: type === 'file', isDirectory: type === 'directory' };
}
