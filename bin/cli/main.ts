import '../../language/polyfill.mjs';
import { NodeFileSystem } from 'langium/node';
import { createRehabServices } from '../../language/rehab-module.js';
import pkg from '../../package.json';
import { checkOptionsApply, parseArguments, USAGE } from './arguments.js';
import { removePendingTemp } from './atomic-write.js';
import { cliWords, setCliLanguage } from './cli-words.js';
import { CliError, EXIT_USAGE } from './cli-error.js';
import { COMMANDS, type CommandContext } from './commands.js';

// The polyfill import above must stay first: chevrotain needs Object.groupBy when the parser is built.

async function main(argv: string[]): Promise<number> {
    const { values, positionals } = parseArguments(argv);
    if (values.version) {
        process.stdout.write(`${pkg.version}\n`);
        return 0;
    }
    const [name, ...paths] = positionals;
    if (values.help || !name) {
        process.stdout.write(USAGE);
        return values.help ? 0 : EXIT_USAGE;
    }
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) throw new CliError(`unknown command '${name}'. Commands: ${Object.keys(COMMANDS).join(', ')}. Run \`rehab --help\`.`);
    checkOptionsApply(name, values);
    const language = values.lang ?? 'en';
    if (language !== 'en' && language !== 'da') throw new CliError(`--lang must be en or da, not '${language}'.`);
    const { Rehab } = createRehabServices(NodeFileSystem);
    Rehab.rules.Settings.update({ language });
    setCliLanguage(language);
    const { format, output, rule, start, lang, port } = values;
    const context: CommandContext = {
        services: Rehab,
        paths,
        options: { format, output, rule, start, lang, port },
        out: s => process.stdout.write(s),
        err: s => process.stderr.write(s)
    };
    return command.run(context);
}

// Interrupted: leave no temporary file and no partial output behind.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
        removePendingTemp();
        process.stderr.write(`rehab: ${cliWords().interrupted(signal)}\n`);
        process.exit(signal === 'SIGINT' ? 130 : 143);
    });
}

// `rehab check … | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

/**
 * Exits as soon as the output is flushed: waiting for V8's background work and idle handles after the last write
 * cost every command 20-30 ms. A command that serves (`playground`) never resolves, so it is never cut short.
 */
function finish(): void {
    process.stdout.write('', () => process.stderr.write('', () => process.exit(process.exitCode)));
}

main(process.argv.slice(2)).then(
    code => {
        process.exitCode = code;
        finish();
    },
    (e: unknown) => {
        if (e instanceof CliError) {
            process.stderr.write(`rehab: ${e.message}\n`);
            process.exitCode = e.exitCode;
        } else {
            // A defect in rehab itself: say so briefly and how to report it, without a stack trace.
            process.stderr.write(
                `rehab: internal error: ${(e as Error)?.message ?? String(e)}. Please report it with the plan that caused it.\n`
            );
            if (process.env.REHAB_DEBUG) process.stderr.write(`${(e as Error)?.stack}\n`);
            process.exitCode = EXIT_USAGE;
        }
        finish();
    }
);
