import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { followJsonSchemaText, FollowResultSchema } from '../../language/follow/follow-json-schema.js';
import { followDiary } from '../../language/follow/index.js';
import { calm, follow, followPlanText, planOf } from './helpers.js';

const schemaText = readFileSync('schema/rehab-follow.schema.json', 'utf8');
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateJson = ajv.compile(JSON.parse(schemaText));

function plain<T extends { diary?: unknown }>(result: T): Omit<T, 'diary'> {
    const { diary: _diary, ...rest } = result;
    return JSON.parse(JSON.stringify(rest));
}

describe('the follow-up JSON', () => {
    test('the shipped schema is the one generated from the zod schema (npm run schema:follow)', () => {
        expect(schemaText).toBe(followJsonSchemaText());
    });
    test.each([
        ['examples/return-to-running.rehab', 'examples/return-to-running.diary.csv'],
        ['examples/walker-62.rehab', 'examples/walker-62.diary.csv']
    ])('%s with its diary validates against the shipped schema (ajv) and zod', async (planFile, diaryFile) => {
        const plan = await planOf(readFileSync(planFile, 'utf8'));
        for (const language of ['en', 'da'] as const) {
            const json = plain(followDiary(plan, readFileSync(diaryFile, 'utf8'), { language }));
            expect(validateJson(json), JSON.stringify(validateJson.errors)).toBe(true);
            expect(FollowResultSchema.safeParse(json).success).toBe(true);
            expect(json).toMatchObject({
                schemaVersion: '1',
                plan: { id: expect.any(String) },
                start: expect.any(String),
                next: { week: expect.any(Number), decision: expect.any(String), doses: expect.any(Array) }
            });
        }
    });
    test('every decision and event kind validates', async () => {
        const plan = followPlanText({ stop: 'stop when first-step pain rises or pain above 6/10', review: 'review at week 3 "Check"' });
        const r = await follow(plan, [
            ...calm(3),
            { fs: 3, act: 4 },
            ...calm(3),
            ...calm(3),
            { fs: 6 },
            ...calm(3),
            { fs: 5, flags: 'fever' },
            null,
            null,
            null,
            null,
            null,
            null
        ]);
        const json = plain(r);
        const rules = new Set(json.weeks.flatMap(w => w.events.map(e => e.rule)));
        expect([...rules].sort()).toEqual(['FU001', 'FU003', 'FU004', 'FU006', 'FU007']);
        expect(validateJson(json), JSON.stringify(validateJson.errors)).toBe(true);
    });
    test('an example: the smooth diary progresses into running after its entry criteria hold', async () => {
        const plan = await planOf(readFileSync('examples/return-to-running.rehab', 'utf8'));
        const r = followDiary(plan, readFileSync('examples/return-to-running.diary.csv', 'utf8'));
        expect(r.issues).toEqual([]);
        expect(r.weeks.every(w => w.decision === 'progress')).toBe(true);
        expect(r.weeks[11].events.map(e => e.rule)).toEqual(['FU005']);
        expect(r.weeks[12].phase).toBe('run');
    });
    test('an example: the flare-up steps back, then holds', async () => {
        const plan = await planOf(readFileSync('examples/walker-62.rehab', 'utf8'));
        const r = followDiary(plan, readFileSync('examples/walker-62.diary.csv', 'utf8'));
        expect(r.issues).toEqual([]);
        expect(r.weeks.map(w => w.decision)).toContain('step-back');
        expect(r.weeks.map(w => w.decision)).toContain('hold');
        const stepBack = r.weeks.findIndex(w => w.decision === 'step-back');
        expect(r.weeks[stepBack + 1].planWeek).toBe(r.weeks[stepBack].planWeek - 1);
    });
});
