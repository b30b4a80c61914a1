import { closeSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, writeSync } from 'node:fs';
import * as path from 'node:path';
import { CliError } from './cli-error.js';

/**
 * Writes through a temporary file in the target's folder and renames it into place, so a reader
 * never sees half a file and a failure leaves the old file (or nothing) behind.
 */
let pendingTemp: string | undefined;

/** Called on SIGINT/SIGTERM: a signal is handled between synchronous steps, so at most a whole temp file is left. */
export function removePendingTemp(): void {
    if (pendingTemp) rmSync(pendingTemp, { force: true });
    pendingTemp = undefined;
}

export function writeFileAtomic(target: string, content: string, inputs: string[] = []): void {
    const resolved = path.resolve(target);
    for (const input of inputs) {
        if (samePath(resolved, input)) throw new CliError(`${target}: refusing to write over the input file; choose another output with -o.`);
    }
    const temp = path.join(path.dirname(resolved), `.${path.basename(resolved)}.${process.pid}.${Date.now()}.tmp`);
    let fd: number | undefined;
    try {
        pendingTemp = temp;
        fd = openSync(temp, 'wx', 0o644);
        writeSync(fd, content);
        fsyncSync(fd);
        closeSync(fd);
        fd = undefined;
        renameSync(temp, resolved);
        pendingTemp = undefined;
    } catch (e) {
        if (fd !== undefined) closeSync(fd);
        rmSync(temp, { force: true });
        pendingTemp = undefined;
        throw new CliError(`${target}: cannot write: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`);
    }
}

function samePath(a: string, b: string): boolean {
    const real = (p: string) => {
        try {
            return realpathSync(p);
        } catch {
            return path.resolve(p);
        }
    };
    return real(a) === real(b);
}
