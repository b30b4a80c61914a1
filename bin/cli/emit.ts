import * as path from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import { CliError } from './cli-error.js';
import { cliWords } from './cli-words.js';
import type { CommandContext } from './commands.js';

// Opening these again would truncate what the shell set up (`>> log`); they are the streams this process already has.
const STDOUT = new Set(['/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);
const STDERR = new Set(['/dev/stderr', '/dev/fd/2', '/proc/self/fd/2']);

/**
 * Writes a command's result to standard output (no -o, or `-o -`) or to the -o file. Never over a file the run read,
 * and never to a `.rehab` path: compiled output there would be taken for a plan.
 */
export function emit(context: CommandContext, text: string, inputs: readonly string[]): void {
    const output = context.options.output;
    if (output === undefined || output === '-' || STDOUT.has(path.resolve(output))) {
        context.out(text);
        return;
    }
    if (STDERR.has(path.resolve(output))) {
        context.err(text);
        return;
    }
    refuseRehabOutput(output);
    writeFileAtomic(output, text, inputs);
    context.err(`rehab: ${cliWords().wrote(output)}\n`);
}

export function refuseRehabOutput(output: string): void {
    if (output.endsWith('.rehab'))
        throw new CliError(`${output}: refusing to write output to a .rehab file; plans are the inputs. Choose another name with -o.`);
}
