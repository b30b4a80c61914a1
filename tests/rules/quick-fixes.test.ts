import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { applyTextEdits, collectQuickFixes } from '../../language/fixes/apply-fixes.js';
import type { QuickFix } from '../../language/fixes/text-edits.js';
import { RuleCatalogue } from '../../language/rules/rule-catalogue.js';
import { check, plan, runPlan, SEVERITY, STRENGTH_PHASE, summary, withRule } from './snippets.js';

const PROGRESSING =
    'phase strength weeks 1-12 {\n        do heel-raise 3 x 8 reps tempo 3-0-3, every other day {\n            progress reps +2 every 2 weeks until 12 reps\n        }\n    }';

/** For every rule with a quick fix, plans that make it fire in the different shapes the fix must handle. */
const CASES: [rule: string, name: string, text: string][] = [
    ['PF001', 'no patient block', plan({ patient: null })],
    ['PF001', 'one-line patient block', plan({ patient: 'patient { age 40 }' })],
    ['PF001', 'multi-line patient block', plan({ patient: 'patient {\n        age 40\n        side left\n    }' })],
    ['PF010', 'monitor without the ceiling', plan({ monitor: 'monitor {\n        pain settles within 24 h\n    }' })],
    ['PF010', 'no monitor at all', plan({ monitor: null })],
    ['PF011', 'ceiling 4/10', plan({ monitor: 'monitor {\n pain during activity at most 4/10\n pain settles within 24 h\n }' })],
    ['PF011', 'ceiling 7/10', plan({ monitor: 'monitor { pain during activity at most 7/10  pain settles within 24 h }' })],
    ['PF012', 'no settle rule', plan({ monitor: 'monitor { pain during activity at most 3/10 }' })],
    ['PF012', 'a 48 h window', plan({ monitor: 'monitor { pain during activity at most 3/10\n pain settles within 48 h }' })],
    ['PF013', 'progressing phase', plan({ stop: null, phases: PROGRESSING })],
    ['PF013', 'stop rule about swelling only', plan({ stop: 'stop when swelling', phases: PROGRESSING })],
    ['PF013', 'running phase', runPlan({ stop: null }).replace('phase strength weeks 1-12', 'phase strength weeks 1-12')],
    [
        'PF020',
        'ice too long',
        plan({
            phases: `phase strength weeks 1-12 {\n do heel-raise 3 x 10 reps tempo 3-0-3, every other day\n do ice 20 min, 2 times daily\n }`
        })
    ],
    [
        'PF020',
        'ice too often',
        plan({
            phases: `phase strength weeks 1-12 {\n do heel-raise 3 x 10 reps tempo 3-0-3, every other day\n do ice 15 min, 5 times daily\n }`
        })
    ],
    [
        'PF020',
        'ice too long and too often',
        plan({
            phases: `phase strength weeks 1-12 {\n do heel-raise 3 x 10 reps tempo 3-0-3, every other day\n do ice 30 min, 6 times daily\n }`
        })
    ],
    ['PF022', 'daily strength', plan({ phases: 'phase strength weeks 1-12 { do heel-raise 3 x 10 reps tempo 3-0-3, daily }' })],
    ['PF025', 'weekly progression', plan({ phases: PROGRESSING.replace('every 2 weeks', 'every week') })],
    ['PF030', 'no entry', runPlan({ entry: null })],
    ['PF030', 'entry without first-step criterion', runPlan({ entry: 'entry when walk 30 min without worsening' })],
    ['PF031', 'criterion 4/10', runPlan({ entry: 'entry when first-step pain at most 4/10 and walk 30 min without worsening' })],
    [
        'PF033',
        'relative progression',
        runPlan({
            run: 'do walk-run 10 x (1 min run + 2 min walk), 3 times weekly on soft-surface {\n            progress run-time +25 % every week\n            rest 1 day between sessions\n        }'
        })
    ],
    [
        'PF033',
        'absolute progression',
        runPlan({
            run: 'do walk-run 10 x (1 min run + 2 min walk), 3 times weekly on soft-surface { progress run-time +3 min every week  rest 1 day between sessions }'
        })
    ],
    ['PF034', 'daily running without a block', runPlan({ run: 'do walk-run 10 x (1 min run + 2 min walk), daily on soft-surface' })],
    [
        'PF034',
        'daily running with a block',
        runPlan({
            run: 'do walk-run 10 x (1 min run + 2 min walk), daily on soft-surface {\n            progress run-time +10 % every week\n        }'
        })
    ],
    [
        'PF034',
        'rest 0 days',
        runPlan({ run: 'do walk-run 10 x (1 min run + 2 min walk), 3 times weekly on soft-surface { rest 0 days between sessions }' })
    ],
    ['PF040', 'no review', plan({ review: null })],
    [
        'PF040',
        'no review, short plan',
        plan({ review: null, phases: 'phase strength weeks 1-4 { do heel-raise 3 x 10 reps tempo 3-0-3, every other day }' })
    ],
    [
        'PF040',
        'late review, no header lines',
        `plan t {\n    phase strength weeks 1-12 { do heel-raise 3 x 10 reps tempo 3-0-3, every other day }\n    condition plantar-fasciitis\n}\n`
    ],
    ['PF060', 'shoes at 1000 km', runPlan({ shoes: 'shoes replace every 1000 km' })],
    ['RP005', 'allow without reason', plan({ review: null, extra: 'allow PF040' })],
    [
        'PF027',
        'barefoot on a hard floor',
        plan({ phases: 'phase strength weeks 1-12 {\n do heel-raise 3 x 10 reps tempo 3-0-3, every other day on barefoot-hard-floor\n }' })
    ],
    ['PF035', 'a 20-minute first run', runPlan({ run: 'do run 20 min, 3 times weekly on soft-surface { rest 1 day between sessions }' })],
    [
        'PF036',
        'first running phase on a hard surface',
        runPlan({ run: 'do walk-run 10 x (1 min run + 2 min walk), 3 times weekly on hard-surface { rest 1 day between sessions }' })
    ],
    [
        'PF036',
        'hills',
        runPlan({ run: 'do walk-run 10 x (1 min run + 2 min walk), 3 times weekly on hills { rest 1 day between sessions }' })
    ],
    ['RP010', 'a plan exercise named like a built-in', plan({ extra: 'exercise ice "Frozen bottle" { kind modality }' })],
    [
        'RP011',
        'a phase that does what it avoids',
        plan({
            phases: 'phase strength weeks 1-12 {\n avoid strength, running\n do heel-raise 3 x 10 reps tempo 3-0-3, every other day\n }'
        })
    ],
    [
        'RP011',
        'an avoid with one word',
        plan({ phases: 'phase strength weeks 1-12 {\n avoid heel-raise\n do heel-raise 3 x 10 reps tempo 3-0-3, every other day\n }' })
    ]
];

function errors(diagnostics: Diagnostic[]): string[] {
    return diagnostics
        .filter(d => d.severity === SEVERITY.error)
        .map(d => String(d.code))
        .sort();
}

describe('quick fixes', () => {
    it.each(CASES)('%s (%s): applying its fix makes it stop firing and adds no error', async (rule, _name, text) => {
        const before = await check(text);
        const firing = withRule(before, rule).filter(d => (d.data as { fix?: QuickFix } | undefined)?.fix);
        expect(firing.length, `${rule} should fire with a fix; got ${summary(before)}`).toBeGreaterThan(0);
        const fixes = collectQuickFixes(before, [rule]);
        expect(fixes.map(f => f.rule)).toEqual(firing.map(() => rule));
        const fixed = applyTextEdits(
            text,
            fixes.flatMap(f => f.fix.edits)
        );
        expect(fixed).not.toBe(text);
        const after = await check(fixed);
        expect(withRule(after, rule), `${rule} still fires after the fix:\n${fixed}`).toEqual([]);
        const added = errors(after).filter(
            (code, i, all) => all.filter(c => c === code).length > errors(before).filter(c => c === code).length
        );
        expect(added, `new errors after fixing ${rule}:\n${fixed}`).toEqual([]);
    });

    it('every rule whose profile describes a fix has a case above, and its diagnostics carry one', () => {
        const withFix = new RuleCatalogue()
            .allRules()
            .filter(r => r.fix)
            .map(r => r.id)
            .sort();
        const tested = [...new Set(CASES.map(c => c[0]))].sort();
        expect(tested).toEqual(withFix);
    });

    it('fixing every rule at once leaves a plan without those rules and without new errors', async () => {
        const text = runPlan({
            patient: null,
            monitor: 'monitor { pain during activity at most 7/10 }',
            stop: null,
            review: null,
            entry: 'entry when first-step pain at most 4/10 and walk 30 min without worsening',
            run: 'do walk-run 10 x (1 min run + 2 min walk), daily on soft-surface { progress run-time +25 % every week }',
            shoes: 'shoes replace every 1000 km',
            phases: undefined
        }).replace(STRENGTH_PHASE, PROGRESSING.replace('every 2 weeks', 'every week'));
        const before = await check(text);
        const fixes = collectQuickFixes(before);
        expect(fixes.length).toBeGreaterThan(5);
        const after = await check(
            applyTextEdits(
                text,
                fixes.flatMap(f => f.fix.edits)
            )
        );
        for (const { rule } of fixes) expect(withRule(after, rule), `${rule}: ${summary(after)}`).toEqual([]);
        expect(errors(after)).toEqual([]);
    });
});

describe('quick-fix titles', () => {
    it('come from the rule profile, in Danish when the messages are Danish', async () => {
        const { Rehab } = await import('../test-services.js');
        const catalogue = new RuleCatalogue();
        const text = CASES.find(c => c[0] === 'PF033')![2];
        Rehab.rules.Settings.update({ language: 'da' });
        try {
            const fixes = collectQuickFixes(await check(text));
            expect(fixes.length).toBeGreaterThan(0);
            for (const { rule, fix } of fixes) {
                const template = catalogue.rule(rule)!.fix!.da;
                expect(fix.title.startsWith(template.split('{')[0]), `${rule}: ${fix.title}`).toBe(true);
            }
        } finally {
            Rehab.rules.Settings.update({ language: 'en' });
        }
    });
});
