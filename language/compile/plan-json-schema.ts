import { z } from 'zod';

/**
 * The compiled plan: the one source of truth for the JSON that apps receive. The JSON Schema file
 * (schema/rehab-plan.schema.json) is generated from this; docs/json-format.md describes each field.
 */
export const SCHEMA_VERSION = '1';

const Severity = z.enum(['error', 'warning', 'info', 'hint']);
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
    z.object({ type: z.literal('sets-reps'), sets: z.number(), reps: z.number(),
        tempo: z.object({ up: z.number(), pause: z.number(), down: z.number() }).optional(), loadKg: z.number().optional() }),
    z.object({ type: z.literal('sets-hold'), sets: z.number(), holdSeconds: z.number() }),
    z.object({ type: z.literal('intervals'), repeats: z.number(), runMinutes: z.number(), walkMinutes: z.number() }),
    z.object({ type: z.literal('duration'), minutes: z.number().optional(), km: z.number().optional() }),
    z.object({ type: z.literal('at-weeks'), weeks: z.array(z.number()) }),
    z.object({ type: z.literal('none') })
]);

const Frequency = z.object({
    text: z.string().describe('as written, e.g. "3 times weekly", "every other day"'),
    sessionsPerWeek: z.number().describe('every other day counts 3.5')
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
    holdSeconds: z.number().optional(),
    loadKg: z.number().optional(),
    minutes: z.number().optional(),
    runMinutesPerSession: z.number().optional(),
    walkMinutesPerSession: z.number().optional(),
    sessionsPerWeek: z.number(),
    runMinutesPerWeek: z.number(),
    strengthVolume: z.number().describe('sets x reps x sessions per week, strength exercises only')
});

const ScheduleWeek = z.object({
    week: z.number().int().min(1),
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
        language: z.enum(['en', 'da'])
    }),
    patient: z.object({
        age: z.number().optional(),
        weightKg: z.number().optional(),
        side: z.enum(['left', 'right', 'both']).optional(),
        redFlags: z.array(z.string()).optional().describe('[] when screened and none found; absent when not documented'),
        diabetes: z.boolean().optional()
    }).optional(),
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
    projectRules: z.array(z.object({ rule: z.string(), setting: z.string(), file: z.string() })).optional()
        .describe('rule severities that rehab.config.json changed for this plan (e.g. a rule turned off), kept for audit like overrides'),
    schedule: z.array(ScheduleWeek),
    diagnostics: z.array(Diagnostic)
});

export type CompiledPlan = z.infer<typeof CompiledPlanSchema>;
export type CompiledDiagnostic = z.infer<typeof Diagnostic>;
