// Filled in at build time by scripts/build-web.mjs from examples/*.rehab and examples/library/*.rehab.
declare module 'rehab:examples' {
    /** The plans in examples/, by file name. */
    export const EXAMPLES: Array<{ name: string; text: string }>;
    /** The libraries in examples/library/, by path relative to examples/ (`library/clinic-exercises.rehab`). */
    export const LIBRARY: Record<string, string>;
}
