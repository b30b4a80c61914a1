import '../../language/polyfill.mjs';
import { parseArgs } from 'node:util';
import { NodeFileSystem } from 'langium/node';
import { createRehabServices } from '../../language/rehab-module.js';
import pkg from '../../package.json';
import { removePendingTemp } from './atomic-write.js';
import { CliError, EXIT_USAGE } from './cli-error.js';
import { COMMANDS, type CommandContext } from './commands.js';

// The polyfill import above must stay first: chevrotain needs Object.groupBy when the parser is built.

const USAGE = `rehab ${pkg.version} — check and compile rehabilitation plans

Usage:
  rehab check PATH…            check plans (files, or folders searched for *.rehab)
  rehab compile FILE [-o OUT]  compile a plan (--format json|fhir|ics|html, --start YYYY-MM-DD for ics)
  rehab fix FILE [--rule ID…]  apply the quick fixes of the safety rules in place
  rehab preview FILE [-o OUT]  write the printable patient handout as HTML
  rehab cert FILE              report the plan by the CERT exercise reporting template

Options:
  --format FORMAT   check/cert: text (default) or json; compile: json (default), fhir, ics, html
  --lang en|da      language of messages (default en)
  -o, --output OUT  output file (compile, preview); without it the result goes to standard output
  --rule ID         fix: only this rule (repeatable)
  --start DATE      compile --format ics: the first day of week 1
  -h, --help        this help
  -v, --version     the version

Exit codes: 0 no errors, 1 a plan has errors, 2 a file can't be read, a folder holds no plan, or the arguments are wrong.
`;

async function main(argv: string[]): Promise<number> {
    let parsed;
    try {
        parsed = parseArgs({
            args: argv,
            allowPositionals: true,
            options: {
                format: { type: 'string' },
                lang: { type: 'string' },
                output: { type: 'string', short: 'o' },
                rule: { type: 'string', multiple: true },
                start: { type: 'string' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' }
            }
        });
    } catch (e) {
        throw new CliError(`${(e as Error).message}. Run \`rehab --help\`.`);
    }
    const { values, positionals } = parsed;
    if (values.version) {
        process.stdout.write(`${pkg.version}\n`);
        return 0;
    }
    const [name, ...paths] = positionals;
    if (values.help || !name) {
        process.stdout.write(USAGE);
        return values.help ? 0 : EXIT_USAGE;
    }
    const command = COMMANDS[name];
    if (!command) throw new CliError(`unknown command '${name}'. Commands: ${Object.keys(COMMANDS).join(', ')}. Run \`rehab --help\`.`);
    const language = values.lang ?? 'en';
    if (language !== 'en' && language !== 'da') throw new CliError(`--lang must be en or da, not '${language}'.`);
    const { Rehab } = createRehabServices(NodeFileSystem);
    Rehab.rules.Settings.update({ language });
    const context: CommandContext = { services: Rehab, paths, options: values, out: s => process.stdout.write(s), err: s => process.stderr.write(s) };
    return command(context);
}

// Interrupted: leave no temporary file and no partial output behind.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
        removePendingTemp();
        process.stderr.write(`rehab: interrupted (${signal}); nothing was written.\n`);
        process.exit(signal === 'SIGINT' ? 130 : 143);
    });
}

// `rehab check … | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then(
    code => { process.exitCode = code; },
    (e: unknown) => {
        if (e instanceof CliError) {
            process.stderr.write(`rehab: ${e.message}\n`);
            process.exitCode = e.exitCode;
        } else {
            // A defect in rehab itself: say so briefly and how to report it, without a stack trace.
            process.stderr.write(`rehab: internal error: ${(e as Error)?.message ?? String(e)}. Please report it with the plan that caused it.\n`);
            if (process.env.REHAB_DEBUG) process.stderr.write(`${(e as Error)?.stack}\n`);
            process.exitCode = EXIT_USAGE;
        }
    }
);
