/** The median; of an even number of values, the mean of the two middle ones (4, 4, 4, 5, 5, 5 → 4.5). */
export function median(values: readonly number[]): number | undefined {
    if (values.length === 0) return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Comparisons of pain scores and percentages tolerate rounding (10 × 0.9 is not always 9). */
export const EPSILON = 1e-9;
