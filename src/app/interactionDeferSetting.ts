import { INTERACTION_DEFER_AFTER_MS } from '../core/outbox/index.js';

/** What `GUILDHALL_INTERACTION_DEFER_MS` may hold, besides a number of milliseconds. */
const OFF = 'off';

/** Longest automatic deferral delay: Discord fails an interaction not acknowledged in 3 s. */
const MAX_DEFER_MS = 2_500;

/**
 * Reads `GUILDHALL_INTERACTION_DEFER_MS`: how long an interaction may wait for its answer
 * before Guildhall defers it (100–2500 ms, default 2000), or `off` to never defer on its own
 * (handlers that report progress still defer). `off` is for the sandbox and test runs, where
 * nothing fails an interaction after 3 s and a slow machine must not change the answers.
 * @param value - the variable as set (undefined: the default)
 * @returns the delay in milliseconds (`Infinity` for off)
 */
export function interactionDeferSetting(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return INTERACTION_DEFER_AFTER_MS;
  const text = value.trim().toLowerCase();
  if (text === OFF) return Number.POSITIVE_INFINITY;
  const ms = Number(text);
  if (!Number.isInteger(ms) || ms < 100 || ms > MAX_DEFER_MS) {
    throw new Error(
      `GUILDHALL_INTERACTION_DEFER_MS must be a whole number of milliseconds from 100 to ${MAX_DEFER_MS}, or "off" (got "${value}")`,
    );
  }
  return ms;
}
