import { distance } from 'fastest-levenshtein';

/**
 * A known word that is close enough to be what the writer meant: one they typed the start or a longer form of
 * (`running` for `run`, `heel` for `heel-raise`), or one a few typos away. Nothing when nothing is close:
 * a far-fetched suggestion sends a clinician the wrong way.
 */
export function closeSuggestion(word: string | undefined, known: readonly string[]): string | undefined {
    if (!word) return undefined;
    const lower = word.toLowerCase();
    let best: string | undefined,
        bestDistance = Infinity;
    for (const candidate of known) {
        const d = distance(lower, candidate);
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    const allowed = Math.max(2, Math.floor(lower.length / 3));
    if (best !== undefined && bestDistance <= allowed) return best;
    // `running` → `run`, `walking` → `walk`: the word begins with a known id (or the id begins with the word).
    const stem = known.filter(k => k.length >= 3 && (lower.startsWith(k) || (k.startsWith(lower) && lower.length >= 3)));
    return stem.sort((a, b) => Math.abs(a.length - lower.length) - Math.abs(b.length - lower.length))[0];
}
