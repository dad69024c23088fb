import { PlatformRuleError } from '../errors.js';

/** Attempts before a queued action is marked failed. */
export const OUTBOX_MAX_ATTEMPTS = 8;

const BASE_MS = 1_000;
const CAP_MS = 5 * 60_000;

/**
 * What to do after a queued action threw: retry after a delay (the platform's rate-limit
 * hint when it gave one, else 1 s doubling to 5 min), or give up at once when the platform
 * refused it on purpose (not found, forbidden, invalid: retrying cannot change the answer).
 * @param error - what the platform threw
 * @param attempts - attempts made, this one included
 */
export function outboxRetry(error: unknown, attempts: number): { retryInMs: number } | { giveUp: true } {
  const retryAfterMs = rateLimitHint(error);
  if (retryAfterMs !== null) return attempts >= OUTBOX_MAX_ATTEMPTS ? { giveUp: true } : { retryInMs: retryAfterMs };
  if (error instanceof PlatformRuleError || attempts >= OUTBOX_MAX_ATTEMPTS) return { giveUp: true };
  return { retryInMs: Math.min(BASE_MS * 2 ** Math.min(attempts - 1, 20), CAP_MS) };
}

function rateLimitHint(error: unknown): number | null {
  if (typeof error !== 'object' || error === null || !('retryAfterMs' in error)) return null;
  const value = error.retryAfterMs;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}
