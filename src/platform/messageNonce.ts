import { createHash } from 'node:crypto';

/** Discord's longest message nonce. */
export const MESSAGE_NONCE_LENGTH = 25;

/**
 * The nonce a platform stores for an idempotency key (`OutgoingMessage.nonce`): the key's
 * SHA-256 in base64url, cut to 25 characters (Discord's limit; 150 bits, so two keys never
 * meet in practice). Keys may embed member ids; the digest does not.
 * @param key - what causes the message (an event id, a case id)
 * @see https://discord.com/developers/docs/resources/message#create-message
 */
export function messageNonce(key: string): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, MESSAGE_NONCE_LENGTH);
}
