import type { Phase, Plan } from '../generated/ast.js';
import { phasesOf } from '../schedule/schedule.js';

/** Phases in week order (ties keep source order): the order every export lists them in. */
export function orderedPhases(plan: Plan): Phase[] {
    return phasesOf(plan)
        .map((phase, i) => ({ phase, i }))
        .sort((a, b) => (a.phase.from ?? 0) - (b.phase.from ?? 0) || a.i - b.i)
        .map(x => x.phase);
}
