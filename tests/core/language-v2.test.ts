// LANGUAGE.md v2, construct by construct: each parses, links, reaches the schedule, the JSON (schema-valid), FHIR
// (official-schema valid), the calendar and the handout, and survives formatting (format → the same compiled JSON).
import { createRequire } from 'node:module';
import ICAL from 'ical.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, test } from 'vitest';
import { compilePlan } from '../../language/compile/compile-plan.js';
import { CompiledPlanSchema } from '../../language/compile/plan-json-schema.js';
import { planToFhirBundle, planToICalendar } from '../../language/export/index.js';
import type { Model } from '../../language/generated/ast.js';
import { renderPlanHtml } from '../../language/render/render-plan-html.js';
import { computeSchedule } from '../../language/schedule/schedule.js';
import { Rehab, validate } from '../test-services.js';

const require = createRequire(import.meta.url);
const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator');
const fhirSchema = new JSONSchemaValidator();

const V2 = `plan v2 "Version 2" {
    condition plantar-fasciitis
    language en
    start 2027-01-04
    contact "Clinic North, phone 12 34 56 78"
    history {
        symptoms for 5 months
        treated for 3 months
    }
    patient { age 58  weight 94 kg  side right  red-flags none }
    monitor {
        pain during activity at most 3/10
        pain settles within 24 hours
        first-step pain daily
    }
    stop when first-step pain rises
    review at week 6
    exercise bottle-roll like ice "Frozen bottle" {
        cue "Roll a frozen bottle under the arch"
        link "https://example.org/videos/bottle-roll"
    }
    exercise pogo "Pogo hops" { kind jumping }
    phase settle "Settle" weeks 1-8 {
        do bottle-roll 10-15 minutes, 1-2 times a day
        do plantar-fascia-stretch 3 x 20-30 sec hold, 2-3 times per day
        do heel-raise 3 x 8-12 tempo 3-0-3, every other day
        do calf-stretch 3 x 30 seconds, twice a day
        do pogo 3 x 10, twice a week on soft-surface
    }
}
`;

async function load(text = V2): Promise<{ model: Model; diagnostics: Awaited<ReturnType<typeof validate>>['diagnostics'] }> {
    const { document, diagnostics } = await validate(text);
    return { model: document.parseResult.value, diagnostics };
}

describe('v2 constructs', () => {
    test('parse and link with no error and no warning', async () => {
        const { diagnostics } = await load();
        expect(diagnostics.filter(d => (d.severity ?? 1) <= 2).map(d => `${d.code}: ${d.message}`)).toEqual([]);
    });

    test('the schedule keeps both ends of every range, reads spellings canonically and takes the base kind', async () => {
        const { model } = await load();
        const week = computeSchedule(model.plan!).weeks[0];
        const by = (id: string) => week.activities.find(a => a.activity.exercise?.$refText === id)!;
        expect(by('bottle-roll')).toMatchObject({
            kind: 'modality',
            minutes: 10,
            minutesMax: 15,
            sessionsPerWeek: 7,
            sessionsPerWeekMax: 14
        });
        expect(by('plantar-fascia-stretch')).toMatchObject({
            holdSeconds: 20,
            holdSecondsMax: 30,
            sessionsPerWeek: 14,
            sessionsPerWeekMax: 21
        });
        expect(by('heel-raise')).toMatchObject({ sets: 3, reps: 8, repsMax: 12, sessionsPerWeek: 3.5 });
        expect(by('calf-stretch')).toMatchObject({ holdSeconds: 30, sessionsPerWeek: 14 });
        expect(by('pogo')).toMatchObject({ kind: 'jumping', reps: 10, sessionsPerWeek: 2 });
    });

    test('a progression moves both ends and `until` caps each', async () => {
        const { model } = await load(
            'plan p { phase a weeks 1-5 { do heel-raise 3 x 8-10 reps { progress reps +2 every week until 12 reps } } }'
        );
        const weeks = computeSchedule(model.plan!).weeks.map(w => [w.activities[0].reps, w.activities[0].repsMax]);
        expect(weeks).toEqual([
            [8, 10],
            [10, 12],
            [12, 12],
            [12, 12],
            [12, 12]
        ]);
    });

    test('the JSON carries start, contact, history, like, link and ranges, and the schema accepts it', async () => {
        const { model, diagnostics } = await load();
        const json = compilePlan(model, diagnostics);
        expect(CompiledPlanSchema.safeParse(json).success).toBe(true);
        expect(json.schemaVersion).toBe('2');
        expect(json.plan).toMatchObject({ start: '2027-01-04', contact: 'Clinic North, phone 12 34 56 78' });
        expect(json.history).toEqual({ symptoms: { value: 5, unit: 'month', weeks: 21 }, treated: { value: 3, unit: 'month', weeks: 13 } });
        expect(json.exercises.find(e => e.id === 'bottle-roll')).toMatchObject({
            like: 'ice',
            kind: 'modality',
            link: 'https://example.org/videos/bottle-roll'
        });
        const heel = json.phases[0].activities.find(a => a.exercise.id === 'heel-raise')!;
        expect(heel.dose).toMatchObject({ type: 'sets-reps', reps: 8, repsMax: 12 });
        expect(json.schedule[1]).toMatchObject({ week: 2, from: '2027-01-11', to: '2027-01-17' });
    });

    test('FHIR carries history and start in the CarePlan, and the official schema accepts it', async () => {
        const { model } = await load();
        const bundle = planToFhirBundle(model) as { entry: Array<{ resource: Record<string, unknown> }> };
        const errors = [bundle, ...bundle.entry.map(e => e.resource)].flatMap(r => fhirSchema.validate(r, true) ?? []);
        expect(errors).toEqual([]);
        const carePlan = bundle.entry.map(e => e.resource).find(r => r.resourceType === 'CarePlan') as Record<string, any>;
        expect(carePlan.period).toEqual({ start: '2027-01-04' });
        expect(carePlan.extension.find((e: { url: string }) => e.url.endsWith('history-treated')).valueDuration).toMatchObject({
            value: 13,
            code: 'wk'
        });
    });

    test("the calendar starts on the plan's own start date", async () => {
        const { model } = await load();
        const text = planToICalendar(model, { start: new Date(Date.UTC(2027, 0, 4)) });
        const first = new ICAL.Component(ICAL.parse(text))
            .getAllSubcomponents('vevent')
            .map(v => new ICAL.Event(v).startDate.toJSDate().getTime())
            .sort()[0];
        expect(new Date(first).toISOString().slice(0, 10)).toBe('2027-01-04');
    });

    test('the handout shows both ends of a range, and the variant by its own name', async () => {
        const { model } = await load();
        const html = renderPlanHtml(model, { mode: 'handout' });
        expect(html).toContain('Frozen bottle');
        expect(html).toMatch(/8-12/);
        expect(html).toMatch(/10-15/);
    });

    test('formatting writes the canonical spellings and compiles to the same JSON', async () => {
        const { model, diagnostics } = await load();
        const document = model.$document!;
        const edits = await Rehab.lsp.Formatter!.formatDocument(document, {
            textDocument: { uri: document.uri.toString() },
            options: { tabSize: 4, insertSpaces: true }
        });
        const formatted = TextDocument.applyEdits(document.textDocument, edits);
        expect(formatted).toContain('do bottle-roll 10-15 min, 1-2 times daily');
        expect(formatted).toContain('do plantar-fascia-stretch 3 x 20-30 s hold, 2-3 times daily');
        expect(formatted).toContain('do heel-raise 3 x 8-12 reps tempo 3-0-3, every other day');
        expect(formatted).toContain('do calf-stretch 3 x 30 s hold, twice daily');
        expect(formatted).toContain('do pogo 3 x 10 reps, twice weekly on soft-surface');
        expect(formatted).toContain('pain settles within 24 h');
        const again = await load(formatted);
        const strip = (json: ReturnType<typeof compilePlan>) => ({
            ...json,
            diagnostics: [] as unknown[],
            phases: json.phases.map(p => ({ ...p, line: 0, activities: p.activities.map(a => ({ ...a, line: 0 })) })),
            stopRules: json.stopRules.map(r => ({ ...r, line: 0 }))
        });
        expect(strip(compilePlan(again.model, again.diagnostics))).toEqual(strip(compilePlan(model, diagnostics)));
        const twice = TextDocument.applyEdits(
            again.model.$document!.textDocument,
            await Rehab.lsp.Formatter!.formatDocument(again.model.$document!, {
                textDocument: { uri: again.model.$document!.uri.toString() },
                options: { tabSize: 4, insertSpaces: true }
            })
        );
        expect(twice).toBe(formatted);
    });
});

describe('bad input is a clear diagnostic, never a crash', () => {
    test.each([
        ['an impossible date', 'start 2027-02-30', 'RP006'],
        ['a range written backwards', 'phase a weeks 1-2 { do heel-raise 3 x 12-8 reps }', 'RP006'],
        ['`like` of something that is no built-in', 'exercise x like nothing-known { }', 'reference'],
        ['a history out of range', 'history { symptoms for 99 years }', 'RP006'],
        ['treated longer than symptoms', 'history { symptoms for 1 month  treated for 2 months }', 'RP012']
    ])('%s', async (_name, line, code) => {
        const { diagnostics } = await validate(`plan p {\n    ${line}\n}\n`);
        expect(diagnostics.map(d => d.code)).toContain(code);
    });
});
