import type { RehabServices } from '../../language/rehab-module.js';

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

/**
 * Each command with the options it takes; any other option is a usage error rather than silently ignored. A command's
 * code is loaded when it runs: `rehab check` need not initialise the calendar, QR, diary and web-server libraries.
 */
export const COMMANDS: Record<string, { run: Command; options: ReadonlyArray<keyof CommandOptions> }> = {
    check: { run: async c => (await import('./commands/check-command.js')).checkCommand(c), options: ['format', 'lang'] },
    compile: {
        run: async c => (await import('./commands/compile-command.js')).compileCommand(c),
        options: ['format', 'output', 'start', 'lang']
    },
    preview: { run: async c => (await import('./commands/preview-command.js')).previewCommand(c), options: ['output', 'lang'] },
    cert: { run: async c => (await import('./commands/cert-command.js')).certCommand(c), options: ['format', 'output', 'lang'] },
    fix: { run: async c => (await import('./commands/fix-command.js')).fixCommand(c), options: ['rule', 'lang'] },
    follow: {
        run: async c => (await import('./commands/follow-command.js')).followCommand(c),
        options: ['format', 'output', 'start', 'lang']
    },
    playground: { run: async c => (await import('./commands/playground-command.js')).playgroundCommand(c), options: ['port'] }
};
