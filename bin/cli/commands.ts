import type { RehabServices } from '../../language/rehab-module.js';
import { certCommand } from './commands/cert-command.js';
import { checkCommand } from './commands/check-command.js';
import { compileCommand } from './commands/compile-command.js';
import { fixCommand } from './commands/fix-command.js';
import { previewCommand } from './commands/preview-command.js';

export interface CommandContext {
    services: RehabServices;
    paths: string[];
    options: { format?: string; output?: string; rule?: string[]; start?: string; lang?: string };
    out: (text: string) => void;
    err: (text: string) => void;
}

export type Command = (context: CommandContext) => Promise<number>;

export const COMMANDS: Record<string, Command> = {
    check: checkCommand,
    compile: compileCommand,
    preview: previewCommand,
    cert: certCommand,
    fix: fixCommand
};
