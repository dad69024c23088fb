/**
 * JSON for outbox rows: like JSON.stringify, but bytes (file attachments) survive the trip as
 * `{ "$bytes": "<base64>" }`.
 */
export function encodeOutboxJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item instanceof Uint8Array ? { $bytes: Buffer.from(item).toString('base64') } : item,
  );
}

/** Parses what {@link encodeOutboxJson} wrote. */
export function decodeOutboxJson(text: string): unknown {
  return JSON.parse(text, (_key, item: unknown) => {
    if (typeof item === 'object' && item !== null && '$bytes' in item && typeof item.$bytes === 'string') {
      return new Uint8Array(Buffer.from(item.$bytes, 'base64'));
    }
    return item;
  });
}

/** The prefix of a queued message's stand-in id until the outbox has sent it. */
export const OUTBOX_REF_PREFIX = 'outbox:';

/**
 * The stand-in id of a message queued in the outbox: what `sendMessage` answers inside a unit
 * of work. The dispatcher replaces it with the real id in any later action's arguments, and
 * {@link Outbox.resolveRef} reads it back.
 * @param key - the outbox row's key
 */
export function outboxRef(key: string): string {
  return `${OUTBOX_REF_PREFIX}${key}`;
}
