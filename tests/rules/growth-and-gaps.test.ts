// RULES.md v2: recovery weeks and restarts (PF033), load steps at phase starts (PF013, PF025), walking volume
// (PF026), ranges read at the right end, and the gaps the audit found; each with a firing case and a near miss.
import { describe, expect, it } from 'vitest';
import { check, expectNoRule, expectRule, plan, runPlan, summary } from './snippets.js';
import { validate } from '../test-services.js';

const STRENGTH =
    'phase strength weeks 1-12 {\n        do heel-raise 3 x 10 reps tempo 3-0-3, every other day\n        do calf-stretch 3 x 30 s hold, 2 times daily\n    }';

/** Running phases written one after another from week 13, each `[weeks, minutes per session]`, 3 times a week. */
function runs(...phases: [string, number][]): string {
    const body = phases
        .map(
            ([weeks, minutes], i) => `phase r${i} weeks ${weeks} {
        ${i === 0 ? 'entry when first-step pain at most 2/10 and walk 30 min without worsening' : ''}
        do run ${minutes} min, 3 times weekly on soft-surface { rest 1 day between sessions }
    }`
        )
        .join('\n    ');
    return plan({
        phases: `${STRENGTH}\n    ${body}\n    phase maintain weeks 40-45 {\n        do calf-stretch 3 x 30 s hold, 2 times weekly\n        do heel-raise 3 x 12 reps tempo 3-0-3, 1 times weekly\n    }`,
        extra: 'shoes replace every 700 km'
    });
}

describe('PF033 against the highest of the 4 weeks before', () => {
    it('probe: 12 → 6 → 12 min (a recovery week) is no error', async () => {
        expectNoRule(await check(runs(['13-14', 10], ['15-15', 5], ['16-39', 10])), 'PF033');
    });
    it('near miss: coming back above the level before the recovery week is judged against that level', async () => {
        const [d] = expectRule(await check(runs(['13-14', 10], ['15-15', 5], ['16-39', 12])), 'PF033', 'warning', 1);
        expect(d.message).toMatch(/20 %/);
    });
    it('probe: a restart after a break of 4 or more weeks is judged against the weeks that had running', async () => {
        // 12 min x 3, a 6-week break, then 40 min x 3: +233 %, not a "first week".
        const text = runs(['13-16', 10], ['23-39', 40]).replace(
            'phase r1 weeks 23-39',
            'phase rest weeks 17-22 {\n do cycling 30 min, 2 times weekly\n }\n    phase r1 weeks 23-39'
        );
        const [d] = expectRule(await check(text), 'PF033', 'error', 1);
        expect(d.message).toMatch(/week 16/);
    });
    it('near miss: a restart at the same level as before the break is fine', async () => {
        const text = runs(['13-16', 10], ['23-39', 10]).replace(
            'phase r1 weeks 23-39',
            'phase rest weeks 17-22 {\n do cycling 30 min, 2 times weekly\n }\n    phase r1 weeks 23-39'
        );
        expectNoRule(await check(text), 'PF033');
    });
    it.each([
        ['11', undefined],
        ['11.1', 'warning'],
        ['12', 'warning'],
        ['12.1', 'error']
    ] as const)('a step from 10 to %s min is judged at the exact boundaries', async (after, severity) => {
        const diagnostics = await check(runs(['13-14', 10], ['15-39', Number(after)]));
        if (severity) expectRule(diagnostics, 'PF033', severity, 1);
        else expectNoRule(diagnostics, 'PF033');
    });
    it('a growth just over 10 % keeps its decimals', async () => {
        const [d] = expectRule(await check(runs(['13-14', 10], ['15-39', 11.004])), 'PF033', 'warning', 1);
        expect(d.message).toMatch(/10\.04 %/);
    });
    it('a range reads its upper end for the totals', async () => {
        expectRule(
            await check(
                runs(['13-14', 10], ['15-39', 10])
                    .replace(
                        'do run 10 min, 3 times weekly on soft-surface { rest 1 day between sessions }\n    }\n    phase maintain',
                        'do run 10 min, 2-3 times weekly on soft-surface { rest 1 day between sessions }\n    }\n    phase maintain'
                    )
                    .replace(
                        'phase r1 weeks 15-39 {\n        \n        do run 10 min',
                        'phase r1 weeks 15-39 {\n        \n        do run 10-12 min'
                    )
            ),
            'PF033',
            'warning',
            1
        );
    });
});

describe('PF013 and PF025 read load steps at phase boundaries', () => {
    const twoPhases = (second: string, stop = 'stop when first-step pain rises') =>
        plan({
            stop: null,
            phases: `phase a weeks 1-4 {\n        do heel-raise 3 x 8 reps tempo 3-0-3, every other day\n        ${stop}\n    }\n    phase b weeks 5-12 {\n        do heel-raise ${second} tempo 3-0-3, every other day\n    }`
        });
    it('PF013: a phase that starts a strength exercise at a higher dose needs a first-step stop rule', async () => {
        expectRule(await check(twoPhases('3 x 10 reps')), 'PF013', 'error', 1);
    });
    it('PF013 near miss: the same dose carried on, or a new exercise, is no rise', async () => {
        expectNoRule(await check(twoPhases('3 x 8 reps')), 'PF013');
        const fresh = twoPhases('3 x 8 reps').replace(
            'phase b weeks 5-12 {',
            'phase b weeks 5-12 {\n        do towel-scrunch 3 x 12 reps, 3 times weekly'
        );
        expectNoRule(await check(fresh), 'PF013');
    });
    it('PF013: a rise of the upper end of a range counts', async () => {
        expectRule(await check(twoPhases('3 x 8-10 reps')), 'PF013', 'error', 1);
    });
    it('PF025: a step at a phase start one week after a progression step fires', async () => {
        const text = plan({
            phases: `phase a weeks 1-3 {\n        do heel-raise 3 x 8 reps tempo 3-0-3, every other day { progress reps +1 every 2 weeks }\n    }\n    phase b weeks 4-12 {\n        do heel-raise 3 x 12 reps tempo 3-0-3, every other day\n    }`
        });
        // Rises in week 3 (the progression) and week 4 (phase b starts higher): one week apart.
        expectRule(await check(text), 'PF025', 'warning', 1);
    });
    it('PF025 near miss: a step at a phase start two weeks after the last step is fine', async () => {
        const text = plan({
            phases: `phase a weeks 1-4 {\n        do heel-raise 3 x 8 reps tempo 3-0-3, every other day { progress reps +1 every 2 weeks }\n    }\n    phase b weeks 5-12 {\n        do heel-raise 3 x 12 reps tempo 3-0-3, every other day\n    }`
        });
        expectNoRule(await check(text), 'PF025');
    });
});

describe('PF026 walking volume doubles', () => {
    const walking = (a: string, b: string) =>
        plan({
            phases: `${STRENGTH.replace('weeks 1-12', 'weeks 1-2')}\n    phase w weeks 3-12 {\n        do heel-raise 3 x 10 reps tempo 3-0-3, every other day\n        do walk ${b}\n    }`.replace(
                'do calf-stretch 3 x 30 s hold, 2 times daily\n    }',
                `do calf-stretch 3 x 30 s hold, 2 times daily\n        do walk ${a}\n    }`
            )
        });
    it.each([
        ['20 min, daily', '40 min, daily', 'hint'],
        ['20 min, daily', '39 min, daily', undefined],
        ['20 min, 3 times weekly', '20 min, 6 times weekly', 'hint']
    ] as const)('%s → %s gives %s', async (a, b, severity) => {
        const diagnostics = await check(walking(a, b));
        if (severity) expectRule(diagnostics, 'PF026', severity, 1);
        else expectNoRule(diagnostics, 'PF026');
    });
    it('a first week of walking is not a doubling', async () => {
        const text = plan({
            phases: `${STRENGTH.replace('weeks 1-12', 'weeks 1-2')}\n    phase w weeks 3-12 {\n        do heel-raise 3 x 10 reps tempo 3-0-3, every other day\n        do walk 40 min, daily\n    }`
        });
        expectNoRule(await check(text), 'PF026');
    });
});

describe('surfaces and avoid', () => {
    it('PF027: barefoot on a hard floor warns; on soft ground it does not', async () => {
        const text = (surface: string) => plan({ phases: STRENGTH.replace('every other day\n', `every other day on ${surface}\n`) });
        expectRule(await check(text('barefoot-hard-floor')), 'PF027', 'warning', 1);
        expectNoRule(await check(text('soft-surface')), 'PF027');
    });
    it('PF036: hills in a later phase is a hint; the first running phase on soft ground is not', async () => {
        expectRule(
            await check(
                runPlan({
                    later: 'phase hill weeks 21-22 { do walk 30 min, 3 times weekly on hills }',
                    maintain:
                        'phase maintain weeks 23-30 {\n do calf-stretch 3 x 30 s hold, 2 times weekly\n do heel-raise 3 x 12 reps tempo 3-0-3, 1 times weekly\n }'
                })
            ),
            'PF036',
            'hint',
            1
        );
        expectNoRule(await check(runPlan()), 'PF036');
    });
    it('RP011: `avoid running` next to `do run`, by kind, id or surface; a different word is fine', async () => {
        const phase = (avoid: string, activity: string) =>
            plan({
                phases: `phase strength weeks 1-12 {\n avoid ${avoid}\n do heel-raise 3 x 10 reps tempo 3-0-3, every other day\n ${activity}\n }`
            });
        expectRule(await check(phase('running', 'do walk-run 10 x (1 min run + 2 min walk), 3 times weekly')), 'RP011', 'warning', 1);
        expectRule(await check(phase('cycling', 'do cycling 30 min, 2 times weekly')), 'RP011', 'warning', 1);
        expectRule(await check(phase('hard-surface', 'do walk 30 min, daily on hard-surface')), 'RP011', 'warning', 1);
        expectNoRule(await check(phase('jumping, running', 'do cycling 30 min, 2 times weekly')), 'RP011');
    });
});

describe("the guide's numbers", () => {
    it.each([
        ['3 x 30 s hold, 2 times daily', 'every other day', undefined],
        ['3 x 10 reps tempo 3-0-3', '4 times weekly', 'warning'],
        ['3 x 10 reps tempo 3-0-3', '3-4 times weekly', 'warning'],
        ['3 x 10 reps tempo 3-0-3', '2-3 times weekly', undefined]
    ] as const)('PF022 heel raises %s, %s gives %s', async (dose, frequency, severity) => {
        const diagnostics = await check(
            plan({
                phases: `phase strength weeks 1-12 {\n do heel-raise ${dose.includes('hold') ? '3 x 10 reps tempo 3-0-3' : dose}, ${frequency}\n }`
            })
        );
        if (severity) expectRule(diagnostics, 'PF022', severity, 1);
        else expectNoRule(diagnostics, 'PF022');
    });
    it.each([
        ['review at week 5', 'warning'],
        ['review at week 6', undefined],
        ['review at week 8', undefined],
        ['review at week 9', 'warning'],
        ['review at week 1', 'warning']
    ] as const)('PF040 `%s` gives %s', async (review, severity) => {
        const diagnostics = await check(plan({ review }));
        if (severity) expectRule(diagnostics, 'PF040', severity, 1);
        else expectNoRule(diagnostics, 'PF040');
    });
    it('PF040 in a plan shorter than 6 weeks asks for a review in its last week', async () => {
        const short = (review: string) =>
            plan({ review, phases: 'phase strength weeks 1-4 {\n do heel-raise 3 x 10 reps tempo 3-0-3, every other day\n }' });
        expectRule(await check(short('review at week 2')), 'PF040', 'warning', 1);
        expectNoRule(await check(short('review at week 4')), 'PF040');
    });
    it.each([
        ['2 times weekly', undefined],
        ['1 times weekly', 'hint']
    ] as const)('PF043 maintenance stretch %s gives %s', async (frequency, severity) => {
        const text = runPlan({
            maintain: `phase maintain weeks 21-30 {\n do calf-stretch 3 x 30 s hold, ${frequency}\n do heel-raise 3 x 12 reps tempo 3-0-3, 1 times weekly\n }`
        });
        const diagnostics = await check(text);
        if (severity) expectRule(diagnostics, 'PF043', severity, 1);
        else expectNoRule(diagnostics, 'PF043');
    });
    it('PF043 adds two weekly stretches up to 2', async () => {
        const text = runPlan({
            maintain: `phase maintain weeks 21-30 {\n do calf-stretch 3 x 30 s hold, 1 times weekly\n do plantar-fascia-stretch 3 x 30 s hold, 1 times weekly\n do heel-raise 3 x 12 reps tempo 3-0-3, 1 times weekly\n }`
        });
        expectNoRule(await check(text), 'PF043');
    });
    it('PF021 ranges: 20-30 s is inside; 15-30 s and 20-40 s are not', async () => {
        const stretch = (hold: string) => plan({ phases: STRENGTH.replace('3 x 30 s hold', `3 x ${hold} hold`) });
        expectNoRule(await check(stretch('20-30 s')), 'PF021');
        expectRule(await check(stretch('15-30 s')), 'PF021', 'hint', 1);
        expectRule(await check(stretch('20-40 sec')), 'PF021', 'hint', 1);
    });
    it("PF024 ranges: 3 x 8-12 is the guide's start; 3 x 6-12 is not", async () => {
        const heel = (dose: string) => plan({ phases: STRENGTH.replace('3 x 10 reps', dose) });
        expectNoRule(await check(heel('3 x 8-12')), 'PF024');
        expectRule(await check(heel('3 x 6-12 reps')), 'PF024', 'hint', 1);
    });
});

describe('RP006 and RP009 for the v2 forms', () => {
    it.each([
        ['do heel-raise 3 x 12-8 reps tempo 3-0-3, every other day'],
        ['do ice 15-10 min, 2 times daily'],
        ['do ice 10 min, 3-1 times daily']
    ])('a backwards range is an error: %s', async line => {
        expectRule(
            await check(
                plan({ phases: `phase strength weeks 1-12 {\n do heel-raise 3 x 10 reps tempo 3-0-3, every other day\n ${line}\n }` })
            ),
            'RP006',
            'error'
        );
    });
    it('a range where one value is meant is an error', async () => {
        expectRule(await check(plan({ patient: 'patient { weight 80-90 kg  red-flags none }' })), 'RP006', 'error', 1);
    });
    it.each([
        ['2027-02-30', 'error'],
        ['2027-13-01', 'error'],
        ['2028-02-29', undefined],
        ['2027-01-04', undefined]
    ] as const)('`start %s` gives %s', async (date, severity) => {
        const diagnostics = await check(plan({ extra: `start ${date}` }));
        if (severity) expectRule(diagnostics, 'RP006', severity, 1);
        else expectNoRule(diagnostics, 'RP006');
    });
    it.each([
        ['https://example.org/v', undefined],
        ['videos/bottle.mp4', undefined],
        ['javascript:alert(1)', 'error'],
        ['http://example.org', 'error'],
        ['//evil.example', 'error'],
        ['data:text/html,x', 'error']
    ] as const)('`link "%s"` gives %s', async (link, severity) => {
        const diagnostics = await check(plan({ extra: `exercise my-roll like ice { link "${link}" }` }));
        if (severity) expectRule(diagnostics, 'RP006', severity, 1);
        else expectNoRule(diagnostics, 'RP006');
    });
    it('a history of 60 years is out of range', async () => {
        expectRule(await check(plan({ extra: 'history { symptoms for 60 years }' })), 'RP006', 'error', 1);
    });
    it('RP009: a procedure at a week of the plan but outside its own phase', async () => {
        const text = plan({
            phases: `phase a weeks 1-6 {\n do heel-raise 3 x 10 reps tempo 3-0-3, every other day\n do shockwave at week 14\n }\n    phase b weeks 7-20 {\n do heel-raise 3 x 10 reps tempo 3-0-3, every other day\n }`,
            extra: 'history { symptoms for 8 months  treated for 6 months }'
        });
        const diagnostics = await check(text);
        expectRule(diagnostics, 'RP009', 'warning', 1);
        expectNoRule(await check(text.replace('at week 14', 'at week 5')), 'RP009');
    });
    it('parse errors are not what these tests see', async () => {
        const { diagnostics } = await validate(plan());
        expect(
            diagnostics.filter(d => d.code === 'syntax'),
            summary(diagnostics)
        ).toEqual([]);
    });
});

describe('review findings (each reproduced by a fresh reviewer before the fix)', () => {
    it('PF013: load added at a phase start is a rise', async () => {
        const text = plan({
            stop: null,
            phases: 'phase a weeks 1-4 { do heel-raise 3 x 10 reps tempo 3-0-3, every other day }\n    phase b weeks 5-8 { do heel-raise 3 x 10 reps tempo 3-0-3 load 5 kg, every other day }'
        });
        expectRule(await check(text), 'PF013', 'error', 1);
    });
    it('PF025: load added, then raised a week later, is two rises a week apart', async () => {
        const text = plan({
            phases: 'phase a weeks 1-2 { do heel-raise 3 x 10 reps tempo 3-0-3, every other day }\n    phase b weeks 3-3 { do heel-raise 3 x 10 reps tempo 3-0-3 load 5 kg, every other day }\n    phase c weeks 4-8 { do heel-raise 3 x 10 reps tempo 3-0-3 load 7.5 kg, every other day }'
        });
        expectRule(await check(text), 'PF025', 'warning');
    });
    it('PF025 offers no fix that would change nothing (the progression already waits 2 weeks)', async () => {
        const text = plan({
            phases: 'phase a weeks 1-3 { do heel-raise 3 x 8 reps tempo 3-0-3, every other day { progress reps +2 every 2 weeks } }\n    phase b weeks 4-8 { do heel-raise 3 x 12 reps tempo 3-0-3, every other day }'
        });
        const [d] = expectRule(await check(text), 'PF025', 'warning', 1);
        expect((d.data as { fix?: unknown }).fix).toBeUndefined();
        expect(d.range.start.line).toBe(text.split('\n').findIndex(l => l.includes('phase b')));
    });
    it('PF033: a growth a hair over 10 % never reads as 10 %', async () => {
        const [d] = expectRule(await check(runs(['13-14', 12], ['15-39', 13.2000001])), 'PF033', 'warning', 1);
        expect(d.message).not.toMatch(/grows 10 %/);
    });
    it("RP010: the fix renames the plan's uses too, so the plan keeps doing the clinic's exercise", async () => {
        const { applyTextEdits, collectQuickFixes } = await import('../../language/fixes/apply-fixes.js');
        const text = plan({
            extra: 'exercise heel-raise "Step raise" { kind strength cue "On a step" }',
            phases: 'phase strength weeks 1-12 {\n do heel-raise 3 x 10 reps tempo 3-0-3, every other day\n do calf-stretch 3 x 30 s hold, 2 times daily\n }'
        });
        const fixes = collectQuickFixes(await check(text), ['RP010']);
        const fixed = applyTextEdits(
            text,
            fixes.flatMap(f => f.fix.edits)
        );
        expect(fixed).toContain('exercise my-heel-raise like heel-raise "Step raise"');
        expect(fixed).toContain('do my-heel-raise 3 x 10 reps');
        expectNoRule(await check(fixed), 'RP010');
    });
    it("RP010: no fix when the kinds differ (a variant must keep its base's kind)", async () => {
        const [d] = expectRule(await check(plan({ extra: 'exercise run "Stair run" { kind strength }' })), 'RP010', 'warning', 1);
        expect((d.data as { fix?: unknown }).fix).toBeUndefined();
    });
});

describe('second review findings', () => {
    const withLine = (line: string, weeks = '1-8') =>
        plan({
            phases: `phase a weeks ${weeks} {\n        do heel-raise 3 x 10 reps tempo 3-0-3, every other day\n        ${line}\n    }`
        });

    it('PF020: the fix caps the upper end of an ice range and keeps the lower end', async () => {
        const { applyTextEdits, collectQuickFixes } = await import('../../language/fixes/apply-fixes.js');
        const text = withLine('do ice 10-20 min, 2-4 times daily');
        const fixes = collectQuickFixes(await check(text), ['PF020']);
        const fixed = applyTextEdits(
            text,
            fixes.flatMap(f => f.fix.edits)
        );
        expect(fixed).toContain('do ice 10-15 min, 3 times daily');
        expectNoRule(await check(fixed), 'PF020');
    });
    it('PF020: ice shortened below 10 min by a progression gets the short hint', async () => {
        expectRule(await check(withLine('do ice 10 min, 2 times daily { progress duration -2 min every week }')), 'PF020', 'hint', 1);
    });
    it.each([
        ['do calf-stretch 3 x 20-30 s hold, daily { progress hold -5 s every week }', 'hint'],
        ['do calf-stretch 3 x 20 s hold, daily { progress hold -5 s every week }', 'hint'],
        ['do calf-stretch 3 x 25 s hold, daily { progress hold -5 s every week until 20 s }', undefined]
    ] as const)('PF021 judges the lower end a decreasing progression reaches: %s', async (line, severity) => {
        const diagnostics = await check(withLine(line));
        if (severity) expectRule(diagnostics, 'PF021', severity, 1);
        else expectNoRule(diagnostics, 'PF021');
    });
    it.each([
        ['progress hold -5 s every 2 weeks until 25 s', undefined],
        ['progress hold -5 s every 2 weeks until 35 s', 'warning']
    ] as const)('RP008: a decreasing `until` is judged against the upper end: %s', async (progression, severity) => {
        const diagnostics = await check(withLine(`do calf-stretch 3 x 20-30 s hold, daily { ${progression} }`));
        if (severity) expectRule(diagnostics, 'RP008', severity, 1);
        else expectNoRule(diagnostics, 'RP008');
    });
});
