import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Model } from '../../language/generated/ast.js';
import { CERT_ITEMS, certReport, formatCertReport, type CertItem } from '../../language/export/index.js';
import { validate } from '../test-services.js';
import { exampleFiles, examplesDir, loadExample } from './load-example.js';

const ALL_IDS = ['1', '2', '3', '4', '5', '6', '7a', '7b', '8', '9', '10', '11', '12', '13', '14a', '14b', '15', '16a', '16b'];

async function reportOf(text: string): Promise<CertItem[]> {
    const { document } = await validate(text);
    return certReport(document.parseResult.value);
}

function stated(items: CertItem[]): string[] {
    return items.filter(i => i.status === 'stated').map(i => i.id);
}

const MINIMAL = `plan minimal {
    condition plantar-fasciitis
    phase only weeks 1-4 {
        do calf-stretch 3 x 30 s hold, daily
    }
}`;

// Uses every delivery statement plus the plan parts the other items read.
const COMPLETE = `plan complete "Every CERT item" {
    condition plantar-fasciitis
    delivery "One-to-one sessions, never in a group"
    setting "At home, with a clinic visit every second week"
    equipment "A step, a rolled towel and a balance cushion"
    provider "Physiotherapist with five years of musculoskeletal practice"
    supervision "First session supervised in the clinic, then unsupervised at home"
    adherence "Training diary, checked at each visit; sessions done out of sessions planned"
    motivation "Goal setting with the patient and a weekly text message"
    tailoring "Dose adjusted to pain by the load rules"
    patient { age 46 side left red-flags none }
    monitor {
        pain during activity at most 3/10
        pain settles within 24 h
        first-step pain daily
    }
    stop when first-step pain rises or swelling
    review at week 6 "Check the diary against the plan"
    phase start weeks 1-2 {
        do heel-raise 3 x 8 reps tempo 3-0-3, every other day {
            progress reps +2 every week until 12 reps
        }
        do ice 10 min, 2 times daily
    }
    phase build weeks 3-8 {
        entry when first-step pain at most 2/10
        do heel-raise 3 x 12 reps, 3 times weekly
    }
}`;

describe('CERT report', () => {
    test('lists the template items in order, each with a title', async () => {
        const items = await reportOf(MINIMAL);
        expect(items.map(i => i.id)).toEqual(ALL_IDS);
        expect(CERT_ITEMS.map(i => i.id)).toEqual(ALL_IDS);
        for (const item of items) expect(item.title).toBeTruthy();
    });

    test('a minimal plan states only what it says; the rest is "not stated" with no text', async () => {
        const items = await reportOf(MINIMAL);
        // Exercise description (built-in cue), home programme, dosage and starting level.
        expect(stated(items)).toEqual(['8', '9', '13', '15']);
        for (const item of items.filter(i => i.status === 'not stated')) expect(item.text).toBe('');
        for (const item of items.filter(i => i.status === 'stated')) expect(item.text).not.toBe('');
    });

    test('a plan using the delivery statements fills all items', async () => {
        const items = await reportOf(COMPLETE);
        expect(items.filter(i => i.status === 'not stated').map(i => i.id)).toEqual([]);
        expect(stated(items)).toEqual(ALL_IDS);
    });

    test.each([
        ['equipment', '1'],
        ['provider', '2'],
        ['delivery', '3'],
        ['supervision', '4'],
        ['motivation', '6'],
        ['setting', '12']
    ])('`%s "…"` fills item %s and nothing else', async (key, id) => {
        const without = stated(await reportOf(MINIMAL));
        const withIt = stated(
            await reportOf(MINIMAL.replace('condition plantar-fasciitis', `condition plantar-fasciitis\n    ${key} "Stated here"`))
        );
        expect(withIt.filter(i => !without.includes(i))).toEqual([id]);
    });

    test('`adherence "…"` fills items 5 and 16a', async () => {
        const items = await reportOf(MINIMAL.replace('condition plantar-fasciitis', 'condition plantar-fasciitis adherence "Diary"'));
        expect(items.filter(i => i.id === '5' || i.id === '16a').map(i => i.status)).toEqual(['stated', 'stated']);
    });

    test('progression rules come from entry criteria, load rules and progressions; non-exercise parts from supports and procedures', async () => {
        const items = await reportOf(COMPLETE);
        const text = (id: string) => items.find(i => i.id === id)!.text;
        expect(text('7a')).toContain('2/10');
        expect(text('7b')).toContain('progress reps +2 every week until 12 reps');
        expect(text('10')).toMatch(/Ice/);
        expect(text('13')).not.toMatch(/Ice/);
        expect(text('11')).toMatch(/heel or foot swells/);
    });

    test('an exercise without a description leaves item 8 not stated', async () => {
        const items = await reportOf(
            MINIMAL.replace('phase only', 'exercise bare { kind strength }\n    phase only').replace(
                'do calf-stretch',
                'do bare 3 x 10 reps, daily\n        do calf-stretch'
            )
        );
        expect(items.find(i => i.id === '8')!.status).toBe('not stated');
    });

    test.each(exampleFiles())('%s reports without error', async file => {
        const items = certReport(await loadExample(file));
        expect(items.map(i => i.id)).toEqual(ALL_IDS);
        // A referral plan (refer-first) prescribes no exercise, so it has no programme to describe in item 13.
        if (file !== 'refer-first.rehab') expect(stated(items)).toContain('13');
    });

    test('no plan: every item not stated', () => {
        expect(stated(certReport({ $type: 'Model', imports: [] } as unknown as Model))).toEqual([]);
    });
});

describe('formatCertReport', () => {
    test('prints each item and the count, in English or Danish', async () => {
        const items = await reportOf(MINIMAL);
        const en = formatCertReport(items, 'en');
        expect(en.split('\n').filter(l => /^\[\w+\]/.test(l))).toHaveLength(ALL_IDS.length);
        expect(en).toContain('4 of 19');
        expect(en.match(/\(not stated\)/g)).toHaveLength(15);
        const da = formatCertReport(items, 'da');
        expect(da.match(/\(ikke angivet\)/g)).toHaveLength(15);
        expect(da).toContain(CERT_ITEMS.find(i => i.id === '1')!.da);
    });
});

describe('docs/cert.md', () => {
    test('its example plan is clean and fills every item', async () => {
        const doc = readFileSync(join(examplesDir, '..', 'docs', 'cert.md'), 'utf8');
        const block = /```rehab\n([\s\S]*?)```/.exec(doc)![1];
        const { document, diagnostics } = await validate(block);
        expect(diagnostics.map(d => d.code)).toEqual([]);
        expect(stated(certReport(document.parseResult.value))).toEqual(ALL_IDS);
    });
});
