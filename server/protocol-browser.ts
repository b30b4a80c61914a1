// The browser language server's own requests, shared with its clients (client/browser/, web/). Plain
// constants and types only, so a client bundle that imports them stays free of the server.

// A browser has no file system of its own: the language server asks its client, which answers from
// `vscode.workspace.fs` (the web extension) or from the examples bundled into the page (the playground).

export const FS_STAT_REQUEST = 'rehab/fs/stat';
export const FS_READ_DIRECTORY_REQUEST = 'rehab/fs/readDirectory';
export const FS_READ_FILE_REQUEST = 'rehab/fs/readFile';

export type FsEntryType = 'file' | 'directory';
export interface FsUriParams {
    uri: string;
}
/** `rehab/fs/stat`: null when nothing is there. */
export type FsStatResult = { type: FsEntryType } | null;
/** `rehab/fs/readDirectory`: the entries directly inside the folder. */
export type FsReadDirectoryResult = Array<{ uri: string; type: FsEntryType }>;
/** `rehab/fs/readFile`: the file's text (UTF-8). */
export type FsReadFileResult = string;

// `rehab/export`: what `rehab compile` writes, for a client without a CLI (the playground's export buttons).

export const EXPORT_REQUEST = 'rehab/export';

export type ExportFormat = 'json' | 'fhir' | 'ics' | 'html';

export interface ExportParams {
    uri: string;
    format: ExportFormat;
    /** ics: the first day of week 1, YYYY-MM-DD. */
    start?: string;
    /** ics and html: overrides the plan's `language`. */
    language?: 'en' | 'da';
}

export interface ExportResult {
    text: string;
    fileName: string;
    mimeType: string;
}
