import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import {
    followDiary,
    formatFollowText,
    hasDiaryErrors,
    parseIsoDate,
    renderFollowHtml,
    type FollowResult
} from '../../../language/follow/index.js';
import { FollowResultSchema } from '../../../language/follow/follow-json-schema.js';
import { planLanguage } from '../../../language/words/plan-words.js';
import { CliError, EXIT_ERRORS, EXIT_OK, EXIT_USAGE } from '../cli-error.js';
import type { CommandContext } from '../commands.js';
import { emit } from '../emit.js';
import { loadSinglePlan } from './load-single-plan.js';

/** Diaries larger than this are not a person's daily notes (ten years of days is about 200 KB). */
const MAX_DIARY_BYTES = 16 * 1024 * 1024;

/**
 * `rehab follow PLAN DIARY`: runs the plan's monitor, stop, entry and review lines on the pain diary and says,
 * week by week, what the patient should do next. Exit 0 when the latest decision is progress, hold or wait; 1 when
 * it is step back or refer; 2 for bad input (arguments, a plan with errors, a diary row that cannot be read).
 */
export async function followCommand(context: CommandContext): Promise<number> {
    const format = context.options.format ?? 'text';
    if (format !== 'text' && format !== 'json' && format !== 'html')
        throw new CliError(`follow --format must be text, json or html, not '${format}'.`);
    if (context.paths.length !== 2)
        throw new CliError('follow takes a plan and a diary. Example: rehab follow examples/walker-62.rehab examples/walker-62.diary.csv');
    const [planFile, diaryFile] = context.paths;
    let start: number | undefined;
    if (context.options.start !== undefined) {
        start = parseIsoDate(context.options.start);
        if (start === undefined)
            throw new CliError(`--start '${context.options.start}' is not a date; write it as YYYY-MM-DD, e.g. 2027-01-04.`);
    }
    if (diaryFile.endsWith('.rehab'))
        throw new CliError(`${diaryFile}: is a plan, not a diary; give the diary's .csv file second: rehab follow PLAN DIARY.`);
    const csv = readDiaryFile(diaryFile);
    let loaded;
    try {
        loaded = await loadSinglePlan({ ...context, paths: [planFile] }, 'follow');
    } catch (e) {
        // Every way the plan can be unusable is bad input here: exit 2, as FOLLOW.md says.
        if (e instanceof CliError) throw new CliError(e.message, EXIT_USAGE);
        throw e;
    }
    if (typeof loaded === 'number') return EXIT_USAGE;
    const plan = loaded.document.parseResult.value.plan!;
    const html = format === 'html';
    const language = html ? planLanguage(plan, langOption(context)) : (langOption(context) ?? 'en');
    const result = followDiary(plan, csv, { start, language });
    for (const issue of result.issues) context.err(`${diaryFile}:${issue.line}: ${issue.severity}: ${issue.message}\n`);
    if (hasDiaryErrors(result))
        throw new CliError(`${diaryFile}: the diary has errors (above, with their lines); nothing was written.`, EXIT_USAGE);
    const { diary: _diary, ...plain } = result;
    emit(context, render(plain, format, plan.title), [...loaded.inputs, path.resolve(diaryFile)]);
    const last = result.weeks[result.weeks.length - 1];
    return last && (last.decision === 'step-back' || last.decision === 'refer') ? EXIT_ERRORS : EXIT_OK;
}

function langOption(context: CommandContext): 'en' | 'da' | undefined {
    const lang = context.options.lang;
    return lang === 'en' || lang === 'da' ? lang : undefined;
}

function render(result: FollowResult, format: string, title: string | undefined): string {
    if (format === 'json') return JSON.stringify(FollowResultSchema.parse(result), null, 2) + '\n';
    if (format === 'html') return renderFollowHtml(result, { mode: 'handout', title });
    return formatFollowText(result);
}

/** The diary as text; a clear message for each way the path can fail to be one. */
function readDiaryFile(file: string): string {
    let bytes: Buffer;
    try {
        const stat = statSync(file);
        if (stat.isDirectory()) throw new CliError(`${file}: is a folder; give the diary's .csv file.`);
        if (stat.size > MAX_DIARY_BYTES)
            throw new CliError(`${file}: is ${(stat.size / 1048576).toFixed(1)} MB; a diary is at most ${MAX_DIARY_BYTES / 1048576} MB.`);
        bytes = readFileSync(file);
    } catch (e) {
        if (e instanceof CliError) throw e;
        const code = (e as NodeJS.ErrnoException).code;
        throw new CliError(
            `${file}: cannot read: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (code ?? (e as Error).message)}.`
        );
    }
    if (bytes.includes(0)) throw new CliError(`${file}: is a binary file, not a CSV diary. Save the diary as CSV (UTF-8).`);
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
        throw new CliError(`${file}: is not UTF-8 text. Save the diary as "CSV UTF-8" and try again.`);
    }
}
