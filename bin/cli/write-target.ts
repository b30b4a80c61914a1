import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import * as path from 'node:path';

/**
 * How an output path is written. Only a regular file (or nothing yet) is replaced through a temporary file and a
 * rename; a device, FIFO or socket is written in place, since renaming over it would destroy it (`-o /dev/stdout`).
 */
export type WriteTarget = { kind: 'replace'; path: string; existing?: Stats } | { kind: 'direct' } | { kind: 'folder' };

export function classifyTarget(target: string): WriteTarget {
    const resolved = path.resolve(target);
    let link: Stats;
    try {
        link = lstatSync(resolved);
    } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'replace', path: resolved };
        throw e;
    }
    if (!link.isSymbolicLink()) return byType(link, resolved);
    // /dev/fd/N and /proc/self/fd/N name an open stream even when it leads to a regular file (`>> log`).
    if (/^\/(dev|proc)\//.test(resolved)) return { kind: 'direct' };
    let real: string;
    try {
        real = realpathSync(resolved);
    } catch {
        // A dangling link: opening it for writing creates the file it names and keeps the link.
        return { kind: 'direct' };
    }
    // Keep the link: the file it points to is what gets replaced.
    return byType(statSync(real), real);
}

function byType(stat: Stats, file: string): WriteTarget {
    if (stat.isDirectory()) return { kind: 'folder' };
    if (stat.isFile()) return { kind: 'replace', path: file, existing: stat };
    return { kind: 'direct' };
}

/** True when both paths name the same file: through links, `..`, or hard links. */
export function sameFile(a: string, b: string): boolean {
    const real = (p: string) => {
        try {
            return realpathSync(p);
        } catch {
            return path.resolve(p);
        }
    };
    if (real(a) === real(b)) return true;
    try {
        const sa = statSync(a),
            sb = statSync(b);
        return sa.dev === sb.dev && sa.ino === sb.ino;
    } catch {
        return false;
    }
}

/** Words for a failed write; the bare errno code (ENOENT) tells a clinician nothing. */
export function describeWriteError(e: unknown, target: string): string {
    const code = (e as NodeJS.ErrnoException).code;
    const folder = path.dirname(target);
    switch (code) {
        case 'ENOENT':
            return `the folder ${folder} does not exist`;
        case 'EISDIR':
            return `${target} is a folder`;
        case 'ENOTDIR':
            return `${folder} is not a folder (part of the path is a file)`;
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'EROFS':
            return 'the file system is read-only';
        case 'ENOSPC':
            return 'the disk is full';
        case 'EDQUOT':
            return 'the disk quota is used up';
        case 'ENAMETOOLONG':
            return 'the name is too long';
        case 'EPIPE':
            return 'the reader closed the pipe';
        default:
            return (e as Error)?.message ?? String(e);
    }
}
