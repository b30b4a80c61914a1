// What the scenarios work on: the run's settings (from run.sh), the plans placed in the temporary
// workspace, and facts read from the project's own sources so the assertions do not copy prose.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface E2eEnv {
    /** code-server's address, e.g. http://127.0.0.1:41234 */
    url: string;
    workspace: string;
    root: string;
    output: string;
    /** Chromium's user-data-dir, fresh for each run. */
    profile: string;
}

export function readEnv(): E2eEnv {
    const get = (name: string): string => {
        const value = process.env[name];
        if (!value) throw new Error(`${name} is not set: run the scenarios through tests/e2e/run.sh`);
        return value;
    };
    return {
        url: get('REHAB_E2E_URL'),
        workspace: get('REHAB_E2E_WORKSPACE'),
        root: get('REHAB_E2E_ROOT'),
        output: get('REHAB_E2E_OUTPUT'),
        profile: get('REHAB_E2E_PROFILE')
    };
}

export interface PlanFile {
    name: string;
    text: string;
    /** 1-based number of the first line containing `needle`. */
    lineOf(needle: string): number;
}

function planFile(name: string, text: string): PlanFile {
    return {
        name,
        text,
        lineOf(needle) {
            const index = text.split('\n').findIndex(line => line.includes(needle));
            if (index < 0) throw new Error(`${name} has no line with "${needle}"`);
            return index + 1;
        }
    };
}

export interface Workspace {
    /** The shipped example, unchanged: no errors. */
    example: PlanFile;
    /** The example with running time growing 25 % a week: a PF033 error. */
    tooFast: PlanFile;
    /** A copy of the example that the preview scenarios edit. */
    previewed: PlanFile;
}

export function prepareWorkspace(env: E2eEnv): Workspace {
    const example = fs.readFileSync(path.join(env.root, 'examples/return-to-running.rehab'), 'utf8');
    if (!example.includes('+10 %')) throw new Error('the example no longer has a "+10 %" progression');
    const write = (name: string, text: string): PlanFile => {
        fs.writeFileSync(path.join(env.workspace, name), text);
        return planFile(name, text);
    };
    return {
        example: write('return-to-running.rehab', example),
        tooFast: write('running-too-fast.rehab', example.replace('+10 %', '+25 %')),
        previewed: write('preview-me.rehab', example)
    };
}

/** The plan's title: the string after `plan ID`. */
export function planTitle(text: string): string {
    const match = /^\s*plan\s+\S+\s+"([^"]*)"/m.exec(text);
    if (!match) throw new Error('plan has no title');
    return match[1];
}

/** The ids of the plan's phases, in order. */
export function phaseIds(text: string): string[] {
    return [...text.matchAll(/^\s*phase\s+([\w-]+)/gm)].map(m => m[1]);
}

/** A built-in exercise's cues (English and Danish), read from the library's source. */
export function builtinCues(root: string, exercise: string): string[] {
    const source = fs.readFileSync(path.join(root, 'language/library/builtin-source.ts'), 'utf8');
    const start = source.indexOf(`exercise ${exercise} `);
    if (start < 0) throw new Error(`no built-in exercise ${exercise}`);
    const block = source.slice(start, source.indexOf('}', start));
    const cues = [...block.matchAll(/^\s*cue(?:-da)?\s+"([^"]*)"/gm)].map(m => m[1]);
    if (cues.length === 0) throw new Error(`built-in exercise ${exercise} has no cue`);
    return cues;
}
