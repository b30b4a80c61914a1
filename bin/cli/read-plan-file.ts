import { readFileSync, statSync } from 'node:fs';
import { CliError } from './cli-error.js';

/** Larger files are not plans a person wrote; refusing them keeps the tool responsive. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

/** Reads a plan as text, with a clear message for each way a path can fail to be one. */
export function readPlanFile(file: string): string {
    let size: number;
    try {
        const stat = statSync(file);
        if (stat.isDirectory()) throw new CliError(`${file}: is a folder; give a .rehab file.`);
        size = stat.size;
        // The language services are registered for .rehab only; any other name would fail deep inside them.
        if (!file.endsWith('.rehab')) throw new CliError(`${file}: not a .rehab file — rehab reads plans from files ending in .rehab; rename it.`);
    } catch (e) {
        if (e instanceof CliError) throw e;
        throw new CliError(`${file}: cannot read: ${describe(e)}.`);
    }
    if (size > MAX_FILE_BYTES) throw new CliError(`${file}: is ${(size / 1048576).toFixed(1)} MB; plans are at most ${MAX_FILE_BYTES / 1048576} MB. Split it into several plans or libraries.`);
    let bytes: Buffer;
    try {
        bytes = readFileSync(file);
    } catch (e) {
        throw new CliError(`${file}: cannot read: ${describe(e)}.`);
    }
    if (bytes.includes(0)) throw new CliError(`${file}: is a binary file, not a plan. Give a .rehab text file.`);
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
        throw new CliError(`${file}: is not UTF-8 text. Save it as UTF-8 and try again.`);
    }
}

function describe(e: unknown): string {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EACCES') return 'permission denied';
    return code ?? (e as Error).message;
}
