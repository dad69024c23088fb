const BASE_MS = 10_000;
const CAP_MS = 60 * 60_000;

/**
 * Default retry delay: 10 s after the first failed attempt, doubling each time, capped at
 * one hour (10 s, 20 s, 40 s … 1 h).
 * @param attempt - the attempt that just failed, 1-based
 * @returns milliseconds to wait before the next attempt
 */
export function exponentialBackoff(attempt: number): number {
  const exponent = Math.max(0, attempt - 1);
  // 2^9 · 10 s already exceeds the cap; clamping the exponent avoids Infinity for huge inputs.
  return Math.min(BASE_MS * 2 ** Math.min(exponent, 20), CAP_MS);
}
