import { parseArgs } from 'node:util';
import pkg from '../../package.json';
import { CliError } from './cli-error.js';
import { COMMANDS, type CommandOptions } from './commands.js';
import { refuseRehabOutput } from './emit.js';

export const USAGE = `rehab ${pkg.version} — check and compile rehabilitation plans

Usage:
  rehab check PATH…            check plans (files, or folders searched for *.rehab)
  rehab compile FILE [-o OUT]  compile a plan (--format json|fhir|ics|html, --start YYYY-MM-DD for ics)
  rehab fix FILE [--rule ID…]  apply the quick fixes of the safety rules in place
  rehab preview FILE [-o OUT]  write the printable patient handout as HTML
  rehab cert FILE [-o OUT]     report the plan by the CERT exercise reporting template
  rehab follow PLAN DIARY      follow a patient: run the plan's monitor, stop, entry and review lines on a
                               pain diary (CSV) week by week (--format text|json|html, --start YYYY-MM-DD)
  rehab playground [--port N]  serve the playground (editor, checks, handout, exports in the browser) on
                               127.0.0.1; build it first with \`npm run build:web\`

Options:
  --format FORMAT   check/cert: text (default) or json; compile: json (default), fhir, ics, html;
                    follow: text (default), json or html
  --lang en|da      language of messages (default en)
  -o, --output OUT  output file (compile, preview, cert, follow); without it, or with -o -, the result goes to
                    standard output. Never a .rehab file or a file the plan was read from.
  --rule ID         fix: only this rule (repeatable). PF001's \`red-flags none\` is added as a reminder to
                    screen the patient: fix prints that reminder; correct the line if flags are found.
  --port N          playground: the port on 127.0.0.1 (default 8080; 0 picks a free one)
  --start DATE      compile --format ics, follow: the first day of week 1 (follow: else the plan's start,
                    else the diary's first date)
  -h, --help        this help
  -v, --version     the version

Exit codes: 0 no errors, 1 a plan has errors, 2 a file can't be read or holds no plan or library, a folder holds
no plan, or the arguments are wrong. follow: 0 when the latest week's decision is progress, hold or wait, 1 when
it is step back or refer, 2 for bad input (a plan with errors, a diary row that cannot be read).
`;

const OPTION_NAMES: Record<keyof CommandOptions, string> = {
    format: '--format',
    output: '-o/--output',
    rule: '--rule',
    start: '--start',
    lang: '--lang',
    port: '--port'
};

export interface Arguments {
    values: CommandOptions & { help?: boolean; version?: boolean };
    positionals: string[];
}

export function parseArguments(argv: string[]): Arguments {
    try {
        return parseArgs({
            args: argv,
            allowPositionals: true,
            options: {
                format: { type: 'string' },
                lang: { type: 'string' },
                output: { type: 'string', short: 'o' },
                rule: { type: 'string', multiple: true },
                start: { type: 'string' },
                port: { type: 'string' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' }
            }
        });
    } catch (e) {
        throw new CliError(describeParseError(e));
    }
}

/** Node's own text for an unknown option has an unbalanced quote and speaks of positionals; say it plainly. */
function describeParseError(e: unknown): string {
    const { code, message } = e as { code?: string; message: string };
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
        const option = /'([^']*)'/.exec(message)?.[1] ?? message;
        return `unknown option '${option}'. Run \`rehab --help\` for the options (a file whose name starts with '-' goes after '--': rehab check -- -a.rehab).`;
    }
    return `${message.replace(/\.$/, '')}. Run \`rehab --help\`.`;
}

/** An option the command would ignore is a mistake worth stopping for (`check x.rehab -o out.txt` wrote nothing). */
export function checkOptionsApply(command: string, values: CommandOptions): void {
    const allowed = COMMANDS[command].options;
    for (const key of Object.keys(OPTION_NAMES) as Array<keyof CommandOptions>) {
        if (values[key] === undefined || allowed.includes(key)) continue;
        const takers = Object.keys(COMMANDS).filter(c => COMMANDS[c].options.includes(key));
        throw new CliError(`${command} does not take ${OPTION_NAMES[key]} (it applies to ${takers.join(', ')}). Run \`rehab --help\`.`);
    }
    if (values.output !== undefined) refuseRehabOutput(values.output);
}
