import { readdirSync, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { CliError } from './cli-error.js';

export interface ExpandedPaths {
    /** Each file once, spelled as first given (or found), in the order given. */
    files: string[];
    /** Paths that do not exist, or folders with no .rehab file: reported, while the rest is still checked. */
    failures: CliError[];
    /** Each folder given, with the files found in it, so a folder that holds only libraries can be told apart. */
    folders: Array<{ folder: string; files: string[] }>;
}

/** Expands folders into the `.rehab` files below them (skipping node_modules and hidden folders). */
export function expandPaths(paths: string[]): ExpandedPaths {
    const result: ExpandedPaths = { files: [], failures: [], folders: [] };
    const seen = new Map<string, string>();
    // `a.rehab ./a.rehab dir/../a.rehab` is one file; it is checked and reported once.
    const add = (file: string): string => {
        const key = realPath(file);
        const first = seen.get(key);
        if (first !== undefined) return first;
        seen.set(key, file);
        result.files.push(file);
        return file;
    };
    for (const p of paths) {
        let isFolder: boolean;
        try {
            isFolder = statSync(p).isDirectory();
        } catch (e) {
            const code = (e as NodeJS.ErrnoException).code;
            const why =
                code === 'ENOENT' || code === 'ENOTDIR'
                    ? 'no such file or folder'
                    : code === 'EACCES'
                      ? 'cannot read: permission denied'
                      : `cannot read: ${code ?? (e as Error).message}`;
            result.failures.push(new CliError(`${p}: ${why}.`, 2, p));
            continue;
        }
        if (!isFolder) {
            add(p);
            continue;
        }
        const found = findPlanFiles(p);
        if (found.length === 0) result.failures.push(new CliError(`${p}: the folder holds no .rehab plan.`));
        else result.folders.push({ folder: p, files: found.map(add) });
    }
    return result;
}

function realPath(file: string): string {
    try {
        return realpathSync(file);
    } catch {
        return path.resolve(file);
    }
}

function findPlanFiles(dir: string): string[] {
    const result: string[] = [];
    const visit = (d: string, depth: number) => {
        if (depth > 32) return;
        let entries;
        try {
            entries = readdirSync(d, { withFileTypes: true });
        } catch {
            return;
        }
        for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
            if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
            const full = path.join(d, entry.name);
            if (entry.isDirectory()) visit(full, depth + 1);
            else if (entry.isFile() && entry.name.endsWith('.rehab')) result.push(full);
        }
    };
    visit(dir, 0);
    return result;
}
