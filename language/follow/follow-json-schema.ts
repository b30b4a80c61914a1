import * as z from 'zod';
import { DECISIONS, FOLLOW_RULE_IDS } from './follow-profile.js';
import { FOLLOW_SCHEMA_VERSION } from './follow-result.js';

// The follow-up's JSON: the one source of truth for `rehab follow --format json`; the shipped JSON Schema
// (schema/rehab-follow.schema.json) is generated from it (npm run schema:follow), and docs/follow.md describes it.

const IsoDate = z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .describe('a date, YYYY-MM-DD');
const Pain = z.number().min(0).max(10);
const Line = z.number().int().min(1).describe('1-based line of the diary');

const Event = z.object({
    rule: z.enum(FOLLOW_RULE_IDS),
    severity: z.enum(['error', 'warning', 'info', 'hint']),
    date: IsoDate.describe('the day that fired it (FU001-FU004) or the last day of the week (FU005-FU007)'),
    message: z.string(),
    section: z.string().optional().describe('the guide section the rule rests on'),
    quote: z.string().optional().describe('the guide’s words'),
    line: Line.optional()
});

const Dose = z.object({
    activity: z.string().describe('exercise id'),
    name: z.string(),
    phase: z.string(),
    dose: z.string().describe('the week’s dose in words, after progression'),
    frequency: z.string(),
    sessionsPerWeek: z.number(),
    sets: z.number().optional(),
    reps: z.number().optional(),
    holdSeconds: z.number().optional(),
    loadKg: z.number().optional(),
    minutes: z.number().optional(),
    runMinutesPerSession: z.number().optional(),
    runMinutesPerWeek: z.number(),
    strengthVolume: z.number()
});

const Day = z.object({
    date: IsoDate,
    line: Line,
    firstStep: Pain.optional(),
    activity: Pain.optional(),
    settled: z.boolean().optional(),
    walk: z.number().min(0).optional(),
    run: z.number().min(0).optional(),
    flags: z.array(z.string()).optional(),
    note: z.string().optional(),
    other: z
        .record(z.string(), z.string())
        .optional()
        .describe('cells of columns the diary does not know, by their header: kept, not interpreted')
});

const Load = z.object({ planned: z.number(), adapted: z.number() });
const Decision = z.enum(DECISIONS);

const Week = z.object({
    week: z.number().int().min(1).describe('calendar week from the start; 1 = the first seven days'),
    from: IsoDate,
    to: IsoDate,
    planWeek: z.number().int().min(1).describe('the plan week whose doses this week follows on the adapted schedule'),
    phase: z.string().nullable().describe('the phase the patient is in this week on the adapted schedule; null after the plan'),
    decision: Decision,
    reasons: z.array(z.enum(FOLLOW_RULE_IDS)),
    review: z.boolean(),
    mornings: z.number().int().min(0),
    firstStepMedian: Pain.nullable(),
    activityMax: Pain.nullable(),
    days: z.array(Day),
    events: z.array(Event),
    doses: z.array(Dose),
    runMinutes: Load,
    strengthVolume: Load
});

const Next = z.object({
    week: z.number().int().min(1),
    from: IsoDate,
    to: IsoDate,
    planWeek: z.number().int().min(1),
    phase: z.string().nullable(),
    decision: Decision,
    doses: z.array(Dose)
});

const Issue = z.object({ line: Line, severity: z.enum(['error', 'warning']), message: z.string() });

export const FollowResultSchema = z.object({
    schemaVersion: z.literal(FOLLOW_SCHEMA_VERSION),
    plan: z.object({ id: z.string(), title: z.string().optional() }),
    language: z.enum(['en', 'da']),
    start: IsoDate.nullable(),
    startFrom: z.enum(['option', 'plan', 'diary']).nullable(),
    baseline: Pain.nullable(),
    ceilings: z.object({ activity: z.number().optional(), stop: z.number().optional() }),
    weeks: z.array(Week),
    next: Next.nullable(),
    issues: z.array(Issue).describe('diary warnings (and, never in a written result, errors) with their lines'),
    rows: z.number().int().min(0).describe('diary rows used')
});

export const FOLLOW_SCHEMA_ID = `https://rehab-lang.dev/schema/rehab-follow-${FOLLOW_SCHEMA_VERSION}.schema.json`;

/** The shipped JSON Schema, generated from the zod schema so the two never disagree. */
export function followJsonSchemaText(): string {
    const schema = z.toJSONSchema(FollowResultSchema, { target: 'draft-2020-12', io: 'output' });
    return (
        JSON.stringify({ $schema: schema.$schema, $id: FOLLOW_SCHEMA_ID, title: 'Rehab follow-up of a pain diary', ...schema }, null, 2) +
        '\n'
    );
}
