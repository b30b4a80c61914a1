import { expect } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { validate } from '../test-services.js';

/** LSP severities by name, so tests read `expectRule(d, 'PF011', 'error')`. */
export const SEVERITY = { error: 1, warning: 2, info: 3, hint: 4 } as const;
export type SeverityName = keyof typeof SEVERITY;

export const STRENGTH_PHASE = `phase strength weeks 1-12 {
        do heel-raise 3 x 10 reps tempo 3-0-3, every other day
        do calf-stretch 3 x 30 s hold, 2 times daily
    }`;

export interface PlanParts {
    patient?: string | null;
    monitor?: string | null;
    stop?: string | null;
    review?: string | null;
    phases?: string;
    extra?: string;
}

/**
 * A clean baseline plan (no diagnostics at all); each test replaces or removes one part.
 * `null` removes a part; a string replaces it.
 */
export function plan(parts: PlanParts = {}): string {
    const pick = (key: keyof PlanParts, fallback: string) => (parts[key] === null ? '' : (parts[key] ?? fallback));
    return [
        'plan t {',
        '    condition plantar-fasciitis',
        '    ' + pick('patient', 'patient { red-flags none }'),
        '    ' + pick('monitor', 'monitor {\n        pain during activity at most 3/10\n        pain settles within 24 h\n    }'),
        '    ' + pick('stop', 'stop when first-step pain rises'),
        '    ' + pick('review', 'review at week 6'),
        '    ' + pick('phases', STRENGTH_PHASE),
        '    ' + (parts.extra ?? ''),
        '}',
        ''
    ].join('\n');
}

export interface RunParts {
    entry?: string | null;
    run?: string;
    weeks?: string;
    later?: string;
    maintain?: string | null;
    shoes?: string | null;
}

/** A clean plan that returns to running in weeks 13-20, then keeps up stretch and strength. */
export function runPlan(parts: RunParts & PlanParts = {}): string {
    const entry = parts.entry === null ? '' : (parts.entry ?? 'entry when first-step pain at most 2/10 and walk 30 min without worsening');
    const run = parts.run ?? 'do walk-run 10 x (1 min run + 2 min walk), 3 times weekly on soft-surface { rest 1 day between sessions }';
    const maintain =
        parts.maintain === null
            ? ''
            : (parts.maintain ??
              `phase maintain weeks 21-30 {
        do calf-stretch 3 x 30 s hold, 2 times weekly
        do heel-raise 3 x 12 reps tempo 3-0-3, 1 times weekly
    }`);
    const shoes = parts.shoes === null ? '' : (parts.shoes ?? 'shoes replace every 700 km');
    const phases =
        parts.phases ??
        `${STRENGTH_PHASE}
    phase run weeks ${parts.weeks ?? '13-20'} {
        ${entry}
        ${run}
    }
    ${parts.later ?? ''}
    ${maintain}`;
    return plan({ ...parts, phases, extra: `${shoes}\n    ${parts.extra ?? ''}` });
}

/** Validates; syntax and linking errors fail the test, since a snippet that does not parse proves nothing. */
export async function check(text: string): Promise<Diagnostic[]> {
    const { diagnostics } = await validate(text);
    const broken = diagnostics.filter(d => d.code === 'syntax' || d.code === 'reference');
    if (broken.length > 0) throw new Error(`Snippet does not parse or link: ${broken.map(d => d.message).join('; ')}\n${text}`);
    return diagnostics;
}

export function withRule(diagnostics: Diagnostic[], rule: string): Diagnostic[] {
    return diagnostics.filter(d => d.code === rule);
}

export function expectRule(diagnostics: Diagnostic[], rule: string, severity: SeverityName, count?: number): Diagnostic[] {
    const found = withRule(diagnostics, rule);
    expect(found.length, `${rule} should fire; got ${summary(diagnostics)}`).toBeGreaterThan(0);
    if (count !== undefined) expect(found.length, `${rule} count; got ${summary(diagnostics)}`).toBe(count);
    for (const d of found) expect(d.severity, `${rule} severity`).toBe(SEVERITY[severity]);
    return found;
}

/** One rule's outcome for a plan: fires with this severity (`count` times), or, with no severity, does not fire. */
export async function expectOutcome(text: string, rule: string, severity: SeverityName | undefined, count = 1): Promise<Diagnostic[]> {
    const diagnostics = await check(text);
    if (severity) return expectRule(diagnostics, rule, severity, count);
    expectNoRule(diagnostics, rule);
    return [];
}

export function expectNoRule(diagnostics: Diagnostic[], rule: string): void {
    expect(withRule(diagnostics, rule), `${rule} should not fire; got ${summary(diagnostics)}`).toEqual([]);
}

export function summary(diagnostics: Diagnostic[]): string {
    return diagnostics.map(d => `${d.code}/${d.severity}@${d.range.start.line + 1}`).join(', ') || 'nothing';
}

/** The 1-based line of a diagnostic, and the text of that line in the snippet. */
export function lineOf(text: string, d: Diagnostic): string {
    return text.split('\n')[d.range.start.line] ?? '';
}
