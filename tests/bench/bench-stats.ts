// Medians, quantiles and number formatting shared by the benchmark's parts (the median is the follow-up's own).
import { median as medianOrUndefined } from '../../language/follow/stats.js';

export const median = (xs: number[]): number => medianOrUndefined(xs) ?? NaN;

/** The value at quantile `q` (0.95 for p95), as the LSP harness computes it. */
export function quantile(xs: number[], q: number): number {
    const sorted = [...xs].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

export const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
