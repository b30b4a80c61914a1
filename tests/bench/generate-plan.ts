/**
 * Realistic generated plans for the benchmark: user exercises, an imported clinic library, and up to 520
 * one-week phases (the language's limit) whose activities use every dose form, frequencies and progressions.
 */
export const LIBRARY_TEXT = `library bench-lib "Bench library" {
${Array.from({ length: 20 }, (_, i) => `    exercise lib-${i} "Library exercise ${i}" { kind strength cue "Slow and controlled" }`).join('\n')}
}
`;

const ACTIVITY_LINES: ReadonlyArray<(i: number) => string[]> = [
    i => [`        do ex-${i % 40} 3 x 10 reps, 3 times weekly {`, '            progress reps +1 every 2 weeks until 15 reps', '        }'],
    () => ['        do calf-stretch 3 x 30 s hold, daily'],
    () => ['        do heel-raise 3 x 10 reps tempo 3-0-3, every other day'],
    i => [`        do lib-${i % 20} 2 x 12 reps, 2 times weekly`],
    () => ['        do ice 10 min, 2 times daily'],
    () => ['        do cycling 30 min, 2 times weekly']
];

export function generatePlan(lines: number, options: { withImport?: boolean } = {}): string {
    const out: string[] = [];
    if (options.withImport !== false) out.push('import "bench-lib.rehab"');
    out.push(
        'plan generated "Generated load test" {',
        '    condition plantar-fasciitis',
        '    patient { age 50 weight 75 kg side right red-flags none }',
        '    monitor {',
        '        pain during activity at most 3/10',
        '        pain settles within 24 h',
        '        first-step pain daily',
        '    }',
        '    stop when first-step pain rises',
        '    review at week 6 "Reassess"'
    );
    for (let i = 0; i < 40; i++) out.push(`    exercise ex-${i} "Exercise ${i}" { kind strength cue "Slowly" }`);
    const phases = Math.max(1, Math.min(520, Math.floor(lines / 12)));
    const perPhase = Math.max(1, Math.floor((lines - out.length - 1) / phases) - 4);
    for (let p = 0; p < phases && out.length < lines; p++) {
        out.push(`    // phase ${p} of ${phases}`, `    phase p-${p} "Phase ${p}" weeks ${p + 1} {`, `        goal "Week ${p + 1}"`);
        let written = 0;
        for (let a = 0; written < perPhase; a++) {
            const block = ACTIVITY_LINES[a % ACTIVITY_LINES.length](p + a);
            out.push(...block);
            written += block.length;
        }
        out.push('    }');
    }
    out.push('}');
    return out.join('\n') + '\n';
}

/** The same information as the compiled plan's JSON: the floor a parser of this content cannot beat. */
export function floorJsonText(planJson: unknown): string {
    return JSON.stringify(planJson);
}
