import { createHmac } from 'node:crypto';

/** Event ids of erased events start with this. */
export const TOMBSTONE_PREFIX = 'erased:';

/**
 * The id an erased event is kept under: `erased:` and the HMAC-SHA256 of its original id.
 * One-way (the original id cannot be read back) and keyed (it cannot be recomputed from a
 * guessed id without the key), yet a redelivery of the same event maps to the same id, so
 * the event log can refuse it.
 * @param key - the privacy key (see `loadPrivacyKey`)
 * @param eventId - the original event id
 */
export function tombstoneId(key: Buffer, eventId: string): string {
  return `${TOMBSTONE_PREFIX}${createHmac('sha256', key).update(eventId, 'utf8').digest('hex')}`;
}

/**
 * True when an event id is already a tombstone.
 * @param eventId - an event id
 */
export function isTombstone(eventId: string): boolean {
  return eventId.startsWith(TOMBSTONE_PREFIX);
}
