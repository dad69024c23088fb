import { setFlagsFromString } from 'node:v8';

/**
 * How far, in percent, V8 lets its old generation grow past what the last full collection
 * left live before it collects again, unless GUILDHALL_HEAP_GROWING_PERCENT says otherwise.
 * V8's own choice (up to four times what is live when the process allocates fast) let a day
 * of 24,100 events in a guild of 100,000 members peak at 355 MB of resident memory with about
 * 80 MB live; with 30 % it peaked at 281 MB, and over a full day (180,500 events) the whole
 * process at 313 MB against 318 MB (bench/memory, docs/benchmarks.md), for more frequent
 * collections.
 */
export const HEAP_GROWING_PERCENT = 30;

/**
 * The growth to use: GUILDHALL_HEAP_GROWING_PERCENT (`0`: V8's own) or {@link HEAP_GROWING_PERCENT}.
 * @param env - the environment
 * @returns percent, or null for V8's own
 * @throws Error when the setting is not a whole number from 0 to 1000
 */
export function heapGrowingPercent(env: Record<string, string | undefined>): number | null {
  const given = env.GUILDHALL_HEAP_GROWING_PERCENT;
  if (given === undefined || given === '') return HEAP_GROWING_PERCENT;
  if (!/^\d+$/.test(given) || Number(given) > 1000) {
    throw new Error(`GUILDHALL_HEAP_GROWING_PERCENT="${given}" is not a whole number of percent from 0 to 1000`);
  }
  const percent = Number(given);
  return percent === 0 ? null : percent;
}

/**
 * Sets V8's heap growth for this process ({@link heapGrowingPercent}). V8 reads it each time
 * it sets the next collection's limit, so it takes effect while the process runs (unlike the
 * heap's sizes, which only node flags set at launch: docs/deployment.md, "Memory").
 * @param env - the environment
 * @param setFlags - V8's flag setter (tests pass a recorder)
 * @returns the percent set, or null when V8 keeps its own
 */
export function applyHeapGrowth(
  env: Record<string, string | undefined>,
  setFlags: (flags: string) => void = setFlagsFromString,
): number | null {
  const percent = heapGrowingPercent(env);
  if (percent !== null) setFlags(`--heap-growing-percent=${percent}`);
  return percent;
}
