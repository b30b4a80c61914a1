import * as z from 'zod';

/**
 * The compiled plan: the one source of truth for the JSON that apps receive. The JSON Schema file
 * (schema/rehab-plan.schema.json) is generated from this; docs/json-format.md describes each field.
 */
export const SCHEMA_VERSION = '2';

const Severity = z.enum(['error', 'warning', 'info', 'hint']);
const IsoDate = z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .describe('a date, YYYY-MM-DD');
const Span = z.object({
    value: z.number(),
    unit: z.enum(['day', 'week', 'month', 'year']),
    weeks: z.number().int().min(0).describe('whole weeks, rounded down (a month is 52/12 weeks)')
});
const LocalText = z.object({ en: z.string(), da: z.string().optional() }).describe('A text in English, with Danish when known.');
const Line = z.number().int().min(1).describe('1-based source line');

const StopCondition = z.discriminatedUnion('type', [
    z.object({ type: z.literal('first-step-pain-rises'), points: z.number().optional() }),
    z.object({ type: z.literal('pain-above'), limit: z.number() }),
    z.object({ type: z.literal('swelling') }),
    z.object({ type: z.literal('night-pain') })
]);

const StopRule = z.object({
    scope: z.string().describe('"plan", or the id of the phase the rule belongs to'),
    conditions: z.array(StopCondition),
    line: Line
});

const EntryCriterion = z.discriminatedUnion('type', [
    z.object({ type: z.literal('first-step-pain-at-most'), limit: z.number() }),
    z.object({ type: z.literal('walk-without-worsening'), minutes: z.number() }),
    z.object({ type: z.literal('activity-pain-at-most'), limit: z.number() }),
    z.object({ type: z.literal('week'), week: z.number() })
]);

const Dose = z.discriminatedUnion('type', [
    z.object({
        type: z.literal('sets-reps'),
        sets: z.number(),
        reps: z.number(),
        repsMax: z.number().optional().describe('upper end of a range, `3 x 8-12 reps`'),
        tempo: z.object({ up: z.number(), pause: z.number(), down: z.number() }).optional(),
        loadKg: z.number().optional()
    }),
    z.object({
        type: z.literal('sets-hold'),
        sets: z.number(),
        holdSeconds: z.number(),
        holdSecondsMax: z.number().optional().describe('upper end of a range, `3 x 20-30 s hold`')
    }),
    z.object({ type: z.literal('intervals'), repeats: z.number(), runMinutes: z.number(), walkMinutes: z.number() }),
    z.object({
        type: z.literal('duration'),
        minutes: z.number().optional(),
        minutesMax: z.number().optional().describe('upper end of a range, `10-15 min`'),
        km: z.number().optional()
    }),
    z.object({ type: z.literal('at-weeks'), weeks: z.array(z.number()) }),
    z.object({ type: z.literal('none') })
]);

const Frequency = z.object({
    text: z.string().describe('as written, e.g. "3 times weekly", "every other day"'),
    sessionsPerWeek: z.number().describe('every other day counts 3.5; the lower end of a range'),
    sessionsPerWeekMax: z.number().optional().describe('upper end of a range, `1-3 times daily` = 21')
});

const Progression = z.object({
    target: z.enum(['reps', 'sets', 'hold', 'load', 'run-time', 'duration']),
    change: z.number().describe('signed step per interval'),
    unit: z.string().describe('"%" for relative steps, otherwise the unit of the step'),
    relative: z.boolean(),
    everyWeeks: z.number(),
    until: z.object({ value: z.number(), unit: z.string().optional() }).optional()
});

const ExerciseRef = z.object({
    id: z.string(),
    kind: z.string().optional(),
    name: LocalText,
    cue: LocalText.optional(),
    guideSection: z.string().optional(),
    like: z
        .string()
        .optional()
        .describe('the built-in this exercise is a variant of (`exercise ID like BUILTIN`); the rules judge it as that built-in'),
    link: z.string().optional().describe('a video or picture address, https: or relative'),
    source: z.enum(['builtin', 'plan', 'import', 'unresolved'])
});

const Activity = z.object({
    exercise: ExerciseRef,
    dose: Dose,
    frequency: Frequency.optional(),
    surface: z.string().optional(),
    progressions: z.array(Progression),
    restDaysBetweenSessions: z.number().optional(),
    line: Line
});

const Phase = z.object({
    id: z.string(),
    title: z.string().optional(),
    weeks: z.object({ from: z.number(), to: z.number() }),
    goals: z.array(z.string()),
    entry: z.array(EntryCriterion),
    avoid: z.array(z.string()),
    stopRules: z.array(StopRule),
    reviews: z.array(z.object({ week: z.number(), note: z.string().optional() })),
    shoesReplaceEveryKm: z.number().optional(),
    activities: z.array(Activity),
    line: Line
});

const ScheduleActivity = z.object({
    phase: z.string(),
    index: z.number().int().describe('index of the activity in its phase'),
    exercise: z.string(),
    kind: z.string().optional(),
    sets: z.number().optional(),
    reps: z.number().optional(),
    repsMax: z.number().optional(),
    holdSeconds: z.number().optional(),
    holdSecondsMax: z.number().optional(),
    loadKg: z.number().optional(),
    minutes: z.number().optional(),
    minutesMax: z.number().optional(),
    runMinutesPerSession: z.number().optional(),
    walkMinutesPerSession: z.number().optional(),
    sessionsPerWeek: z.number(),
    sessionsPerWeekMax: z.number().optional(),
    runMinutesPerWeek: z.number().describe('upper ends of ranges: the volume the growth rules read'),
    strengthVolume: z.number().describe('sets x reps x sessions per week, strength exercises only')
});

const ScheduleWeek = z.object({
    week: z.number().int().min(1),
    from: IsoDate.optional().describe('first day of the week, when the plan has `start`'),
    to: IsoDate.optional().describe('last day of the week, when the plan has `start`'),
    phases: z.array(z.string()),
    activities: z.array(ScheduleActivity),
    procedures: z.array(z.object({ exercise: z.string(), phase: z.string() })),
    reviews: z.array(z.object({ note: z.string().optional() })),
    runMinutes: z.number(),
    strengthVolume: z.number()
});

const Diagnostic = z.object({
    rule: z.string(),
    severity: Severity,
    line: z.number().int().min(1),
    column: z.number().int().min(1),
    endLine: z.number().int().min(1),
    endColumn: z.number().int().min(1),
    message: z.string()
});

export const CompiledPlanSchema = z.object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    plan: z.object({
        id: z.string(),
        title: z.string().optional(),
        condition: z.string().optional(),
        language: z.enum(['en', 'da']),
        start: IsoDate.optional().describe('`start`: the date plan week 1 starts'),
        contact: z.string().optional().describe('`contact`: who the patient calls'),
        referral: z
            .object({
                text: z.string(),
                referralOnly: z
                    .boolean()
                    .describe('true when every activity is a support (or there is none): the plan is a referral and loads nothing')
            })
            .optional()
            .describe('`refer`: to whom and why')
    }),
    history: z
        .object({
            symptoms: Span.optional().describe('`symptoms for`: time since onset when the plan starts; sets the course clock'),
            treated: Span.optional().describe('`treated for`: conservative treatment already done; sets the treatment clock')
        })
        .optional()
        .describe("`history`; absent when the plan has none (then every clock is the plan's week)"),
    patient: z
        .object({
            age: z.number().optional(),
            weightKg: z.number().optional(),
            side: z.enum(['left', 'right', 'both']).optional(),
            redFlags: z.array(z.string()).optional().describe('[] when screened and none found; absent when not documented'),
            diabetes: z.boolean().optional()
        })
        .optional(),
    loadRules: z.object({
        maxActivityPain: z.number().optional(),
        painSettlesWithinHours: z.number().optional(),
        firstStepPainDaily: z.boolean()
    }),
    stopRules: z.array(StopRule),
    reviews: z.array(z.object({ week: z.number(), note: z.string().optional() })),
    shoesReplaceEveryKm: z.number().optional(),
    delivery: z.record(z.string(), z.string()).describe('CERT statements: delivery, setting, equipment, provider, …'),
    exercises: z.array(ExerciseRef.extend({ targets: z.string().optional() })).describe('exercises defined in the plan'),
    phases: z.array(Phase),
    overrides: z.array(z.object({ rule: z.string(), reason: z.string(), scope: z.string(), line: Line })),
    projectRules: z
        .array(z.object({ rule: z.string(), setting: z.string(), file: z.string() }))
        .optional()
        .describe('rule severities that rehab.config.json changed for this plan (e.g. a rule turned off), kept for audit like overrides'),
    schedule: z.array(ScheduleWeek),
    diagnostics: z.array(Diagnostic)
});

export type CompiledPlan = z.infer<typeof CompiledPlanSchema>;
export type CompiledDiagnostic = z.infer<typeof Diagnostic>;
