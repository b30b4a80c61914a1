/** A failure the user can act on: printed as one line, never as a stack trace. */
export class CliError extends Error {
    /** `file` names the file the failure is about, when it is one: `rehab check` gives it its own entry. */
    constructor(
        message: string,
        readonly exitCode: 1 | 2 = 2,
        readonly file?: string
    ) {
        super(message);
    }
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;
