import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient/browser';
import {
    FS_READ_DIRECTORY_REQUEST,
    FS_READ_FILE_REQUEST,
    FS_STAT_REQUEST,
    type FsEntryType,
    type FsReadDirectoryResult,
    type FsReadFileResult,
    type FsStatResult,
    type FsUriParams
} from '../../server/protocol-browser.js';

/**
 * Answers the browser language server's file requests from `vscode.workspace.fs`, so imports of `.rehab`
 * libraries and `rehab.config.json` work in VS Code for the Web as they do on disk.
 */
export function registerWorkspaceFileSystem(client: BaseLanguageClient): vscode.Disposable {
    const disposables = [
        client.onRequest(FS_STAT_REQUEST, async (params: FsUriParams): Promise<FsStatResult> => {
            try {
                const stat = await vscode.workspace.fs.stat(uriOf(params));
                const type = entryType(stat.type);
                return type ? { type } : null;
            } catch {
                return null;
            }
        }),
        client.onRequest(FS_READ_DIRECTORY_REQUEST, async (params: FsUriParams): Promise<FsReadDirectoryResult> => {
            const folder = uriOf(params);
            const entries = await vscode.workspace.fs.readDirectory(folder);
            const result: FsReadDirectoryResult = [];
            for (const [name, fileType] of entries) {
                const type = entryType(fileType);
                if (type) result.push({ uri: vscode.Uri.joinPath(folder, name).toString(), type });
            }
            return result;
        }),
        client.onRequest(FS_READ_FILE_REQUEST, async (params: FsUriParams): Promise<FsReadFileResult> =>
            new TextDecoder().decode(await vscode.workspace.fs.readFile(uriOf(params)))
        )
    ];
    return vscode.Disposable.from(...disposables);
}

function uriOf(params: FsUriParams): vscode.Uri {
    if (typeof params?.uri !== 'string') throw new Error('Expected { uri: string }.');
    return vscode.Uri.parse(params.uri, true);
}

/** A symbolic link carries the type of its target as well. */
function entryType(type: vscode.FileType): FsEntryType | undefined {
    if (type & vscode.FileType.Directory) return 'directory';
    if (type & vscode.FileType.File) return 'file';
    return undefined;
}
