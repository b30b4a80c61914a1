// Medians and number formatting shared by the benchmark's parts.
export const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
