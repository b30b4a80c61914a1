import type { Plan } from '../../language/generated/ast.js';
import { followDiary, type FollowOptions } from '../../language/follow/index.js';
import { validate } from '../test-services.js';

/** A plan for following: strength in weeks 1-4, running from week 5 behind `entry`, a review at week 4. */
export function followPlanText(parts: { stop?: string; monitor?: string; review?: string; entry?: string; extra?: string } = {}): string {
    return `plan f "Follow test" {
    condition plantar-fasciitis
    patient { red-flags none }
    monitor {
        ${parts.monitor ?? 'pain during activity at most 3/10\n        pain settles within 24 h\n        first-step pain daily'}
    }
    ${parts.stop ?? 'stop when first-step pain rises'}
    ${parts.review ?? 'review at week 6'}
    ${parts.extra ?? ''}
    phase strength weeks 1-12 {
        do heel-raise 3 x 8 reps tempo 3-0-3, every other day {
            progress reps +2 every 2 weeks until 12 reps
        }
    }
    phase run weeks 13-20 {
        ${parts.entry ?? 'entry when first-step pain at most 2/10 and walk 30 min without worsening'}
        do walk-run 10 x (1 min run + 2 min walk), 3 times weekly on soft-surface {
            progress run-time +10 % every week
            rest 1 day between sessions
        }
    }
}
`;
}

export async function planOf(text: string): Promise<Plan> {
    const { document, diagnostics } = await validate(text);
    const errors = diagnostics.filter(d => d.severity === 1);
    if (errors.length > 0) throw new Error(`Test plan has errors: ${errors.map(e => `${e.code} ${e.message}`).join('; ')}`);
    return document.parseResult.value.plan!;
}

export interface Day {
    fs?: number;
    act?: number;
    settled?: 'yes' | 'no';
    walk?: number;
    run?: number;
    flags?: string;
    note?: string;
}

export const START = '2027-01-04';
const START_MS = Date.UTC(2027, 0, 4);

export function dateOf(index: number): string {
    return new Date(START_MS + index * 86_400_000).toISOString().slice(0, 10);
}

/** A CSV diary from 2027-01-04 on, one row per entry (null skips a day). */
export function diaryCsv(days: Array<Day | null>): string {
    const lines = ['date,first-step,activity,settled,walk,run,flags,note'];
    days.forEach((d, i) => {
        if (!d) return;
        lines.push([dateOf(i), d.fs ?? '', d.act ?? '', d.settled ?? '', d.walk ?? '', d.run ?? '', d.flags ?? '', d.note ?? ''].join(','));
    });
    return lines.join('\n') + '\n';
}

/** `n` ordinary days: first-step `fs`, activity 2, settled. */
export function calm(n: number, fs = 3, extra: Day = {}): Day[] {
    return Array.from({ length: n }, () => ({ fs, act: 2, settled: 'yes' as const, ...extra }));
}

export async function follow(planText: string, days: Array<Day | null>, options: FollowOptions = {}) {
    return followDiary(await planOf(planText), diaryCsv(days), options);
}
