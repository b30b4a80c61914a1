import { closeSync, fchmodSync, fchownSync, fstatSync, fsyncSync, openSync, renameSync, rmSync, writeSync, type Stats } from 'node:fs';
import * as path from 'node:path';
import { CliError } from './cli-error.js';
import { classifyTarget, describeWriteError, sameFile } from './write-target.js';

/**
 * Writes a regular file through a temporary file in its folder and renames it into place, so a reader never sees
 * half a file and a failure leaves the old file (or nothing) behind. Devices and FIFOs are written in place.
 */
let pendingTemp: string | undefined;

/** Called on SIGINT/SIGTERM: a signal is handled between synchronous steps, so at most a whole temp file is left. */
export function removePendingTemp(): void {
    if (pendingTemp) rmSync(pendingTemp, { force: true });
    pendingTemp = undefined;
}

/** `inputs` are the files the run read (a plan and its imports): an output must never replace one. */
export function writeFileAtomic(target: string, content: string | Uint8Array, inputs: readonly string[] = []): void {
    if (inputs.some(input => sameFile(target, input))) {
        throw new CliError(`${target}: refusing to write over a file the plan was read from; choose another output with -o.`);
    }
    try {
        const kind = classifyTarget(target);
        if (kind.kind === 'folder') throw new CliError(`${target}: cannot write: ${target} is a folder.`);
        if (kind.kind === 'direct') writeInPlace(target, content);
        else replace(kind.path, content, kind.existing);
    } catch (e) {
        if (e instanceof CliError) throw e;
        throw new CliError(`${target}: cannot write: ${describeWriteError(e, target)}.`);
    }
}

function replace(file: string, content: string | Uint8Array, existing: Stats | undefined): void {
    const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
    let fd: number | undefined;
    try {
        pendingTemp = temp;
        fd = openSync(temp, 'wx', 0o666);
        if (existing) keepOwnerAndMode(fd, existing);
        writeAll(fd, content);
        fsyncSync(fd);
        closeSync(fd);
        fd = undefined;
        renameSync(temp, file);
        pendingTemp = undefined;
    } catch (e) {
        if (fd !== undefined) closeSync(fd);
        rmSync(temp, { force: true });
        pendingTemp = undefined;
        throw e;
    }
}

/** A replaced file keeps its permissions (a 0600 plan stays private) and, where allowed, its owner. */
function keepOwnerAndMode(fd: number, existing: Stats): void {
    const own = fstatSync(fd);
    if (own.uid !== existing.uid || own.gid !== existing.gid) {
        try {
            fchownSync(fd, existing.uid, existing.gid);
        } catch {
            // Only root may give a file away; the mode below still keeps it as private as before.
        }
    }
    fchmodSync(fd, existing.mode & 0o7777);
}

function writeInPlace(target: string, content: string | Uint8Array): void {
    const fd = openSync(target, 'w');
    try {
        writeAll(fd, content);
    } finally {
        closeSync(fd);
    }
}

function writeAll(fd: number, content: string | Uint8Array): void {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const half = pauseHalfway() ? Math.floor(bytes.length / 2) : -1;
    for (let offset = 0; offset < bytes.length;) {
        offset += writeSync(fd, bytes, offset, (half > offset ? half : bytes.length) - offset);
        if (offset === half) pauseForTest();
    }
}

/**
 * Tests interrupt a write at a point the program itself announces, not after a guessed delay: with
 * REHAB_TEST_PAUSE_WRITE=MS the first half of the output is written, `rehab-test: half written` goes to stderr,
 * and the process blocks for MS ms. Never set outside the tests.
 */
function pauseHalfway(): boolean {
    return Number(process.env.REHAB_TEST_PAUSE_WRITE) > 0;
}

function pauseForTest(): void {
    writeSync(2, 'rehab-test: half written\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(process.env.REHAB_TEST_PAUSE_WRITE));
}
