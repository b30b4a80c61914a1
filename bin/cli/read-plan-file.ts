import { readFileSync, statSync } from 'node:fs';
import { CliError } from './cli-error.js';
import { cliWords } from './cli-words.js';

/** Larger files are not plans a person wrote; refusing them keeps the tool responsive. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

/** Reads a plan as text, with a clear message for each way a path can fail to be one. */
export function readPlanFile(file: string): string {
    let size: number;
    try {
        const stat = statSync(file);
        if (stat.isDirectory()) throw new CliError(cliWords().isFolder(file), 2, file);
        size = stat.size;
        // The language services are registered for .rehab only; any other name would fail deep inside them.
        if (!file.endsWith('.rehab')) throw new CliError(cliWords().notRehab(file), 2, file);
    } catch (e) {
        if (e instanceof CliError) throw e;
        throw new CliError(cliWords().cannotRead(file, describe(e)), 2, file);
    }
    if (size > MAX_FILE_BYTES) throw new CliError(cliWords().tooBig(file, (size / 1048576).toFixed(1), MAX_FILE_BYTES / 1048576), 2, file);
    let bytes: Buffer;
    try {
        bytes = readFileSync(file);
    } catch (e) {
        throw new CliError(cliWords().cannotRead(file, describe(e)), 2, file);
    }
    if (bytes.includes(0)) throw new CliError(cliWords().binary(file), 2, file);
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
        throw new CliError(cliWords().notUtf8(file), 2, file);
    }
}

function describe(e: unknown): string {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return cliWords().noSuchFile;
    if (code === 'EACCES') return cliWords().permissionDenied;
    return code ?? (e as Error).message;
}
