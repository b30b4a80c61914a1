/**
 * Floating-point noise, not a clinical number: exactly 10 % computed as 11/10 - 1 may come out a hair above 0.1.
 * Comparisons against a profile's limits allow this much, so "exactly at the limit" is judged as at the limit.
 */
export const GROWTH_TOLERANCE = 1e-9;
