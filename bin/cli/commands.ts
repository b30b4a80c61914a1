import type { RehabServices } from '../../language/rehab-module.js';
import { certCommand } from './commands/cert-command.js';
import { checkCommand } from './commands/check-command.js';
import { compileCommand } from './commands/compile-command.js';
import { fixCommand } from './commands/fix-command.js';
import { followCommand } from './commands/follow-command.js';
import { playgroundCommand } from './commands/playground-command.js';
import { previewCommand } from './commands/preview-command.js';

export interface CommandOptions {
    format?: string;
    output?: string;
    rule?: string[];
    start?: string;
    lang?: string;
    port?: string;
}

export interface CommandContext {
    services: RehabServices;
    paths: string[];
    options: CommandOptions;
    out: (text: string) => void;
    err: (text: string) => void;
}

export type Command = (context: CommandContext) => Promise<number>;

/** Each command with the options it takes; any other option is a usage error rather than silently ignored. */
export const COMMANDS: Record<string, { run: Command; options: ReadonlyArray<keyof CommandOptions> }> = {
    check: { run: checkCommand, options: ['format', 'lang'] },
    compile: { run: compileCommand, options: ['format', 'output', 'start', 'lang'] },
    preview: { run: previewCommand, options: ['output', 'lang'] },
    cert: { run: certCommand, options: ['format', 'output', 'lang'] },
    fix: { run: fixCommand, options: ['rule', 'lang'] },
    follow: { run: followCommand, options: ['format', 'output', 'start', 'lang'] },
    playground: { run: playgroundCommand, options: ['port'] }
};
