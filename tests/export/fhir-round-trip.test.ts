import { describe, expect, test } from 'vitest';
import type { Frequency, Model } from '../../language/generated/ast.js';
import { isActivity, isEveryNDays, isEveryOtherDay, isPhase, isTimesPer } from '../../language/generated/ast.js';
import { planToFhirBundle } from '../../language/export/index.js';
import { exampleFiles, loadExample } from './load-example.js';

/*
 * Reads phases, weeks and frequencies back from the Bundle alone and compares them with the plan's
 * source, so a mapping that loses or reorders them fails here.
 */

interface Readback {
    phase: string;
    from: number;
    to: number;
    activities: Array<{ exercise: string; perDay?: number }>;
}

function readBundle(bundle: any): Readback[] {
    const pd = bundle.entry.map((e: any) => e.resource).find((r: any) => r.resourceType === 'PlanDefinition');
    const definitions = new Map<string, string>(
        bundle.entry
            .map((e: any) => e.resource)
            .filter((r: any) => r.resourceType === 'ActivityDefinition')
            .map((r: any) => [r.url, r.code.coding[0].code])
    );
    // Follow relatedAction `before` links from the phase that has no `after`.
    const phases = pd.action.filter((a: any) => a.id.startsWith('phase-'));
    const byId = new Map(phases.map((p: any) => [p.id, p]));
    let current: any = phases.find((p: any) => !(p.relatedAction ?? []).some((r: any) => r.relationship === 'after'));
    const ordered: any[] = [];
    while (current && ordered.length < phases.length) {
        ordered.push(current);
        const next = (current.relatedAction ?? []).find((r: any) => r.relationship === 'before');
        current = next ? byId.get(next.actionId) : undefined;
    }
    expect(ordered).toHaveLength(phases.length);
    return ordered.map(p => ({
        phase: p.id.replace(/^phase-/, ''),
        from: p.timingRange.low.value + 1,
        to: p.timingRange.high.value,
        activities: (p.action ?? [])
            .filter((a: any) => a.definitionCanonical)
            .map((a: any) => ({
                exercise: definitions.get(a.definitionCanonical)!,
                perDay: perDay(a.timingTiming?.repeat)
            }))
    }));
}

function perDay(repeat: any): number | undefined {
    if (!repeat?.frequency) return undefined;
    const days = repeat.periodUnit === 'wk' ? 7 * repeat.period : repeat.period;
    return repeat.frequency / days;
}

function sourcePerDay(f: Frequency | undefined): number | undefined {
    if (isTimesPer(f)) {
        const count = f.count ?? (f.word === 'twice' ? 2 : 1);
        return f.per === 'daily' ? count : count / 7;
    }
    if (isEveryOtherDay(f)) return 1 / 2;
    if (isEveryNDays(f)) return 1 / f.days;
    return undefined;
}

function readSource(model: Model): Readback[] {
    return model
        .plan!.members.filter(isPhase)
        .map(p => ({
            phase: p.name,
            from: p.from,
            to: p.to ?? p.from,
            activities: p.members.filter(isActivity).map(a => ({
                exercise: a.exercise.ref?.name ?? a.exercise.$refText,
                perDay: a.dose?.$type === 'AtWeeks' || a.exercise.ref?.kind === 'procedure' ? undefined : sourcePerDay(a.frequency)
            }))
        }))
        .sort((a, b) => a.from - b.from);
}

describe('FHIR round trip: phases, weeks and frequencies', () => {
    test.each(exampleFiles())('%s', async file => {
        const model = await loadExample(file);
        const back = readBundle(planToFhirBundle(model));
        const source = readSource(model);
        expect(source.length).toBeGreaterThan(0);
        expect(back.map(p => ({ ...p, activities: p.activities.map(a => ({ ...a, perDay: round(a.perDay) })) }))).toEqual(
            source.map(p => ({ ...p, activities: p.activities.map(a => ({ ...a, perDay: round(a.perDay) })) }))
        );
    });
});

function round(n: number | undefined): number | undefined {
    return n === undefined ? undefined : Math.round(n * 1e9) / 1e9;
}
