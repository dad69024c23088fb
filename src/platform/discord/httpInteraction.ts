import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { InteractionResponseType, InteractionType, MessageFlags } from 'discord.js';
import { z } from 'zod';
import type { DomainEvent } from '../../core/DomainEvent.js';
import { deferCallback } from './interactionActions.js';
import { normaliseInteraction } from './normaliseInteraction.js';

/** DER prefix of an Ed25519 public key in SubjectPublicKeyInfo form (RFC 8410); the raw 32 bytes follow. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/**
 * Reads the application's public key (Developer Portal → General Information, env
 * `DISCORD_PUBLIC_KEY`): 64 hexadecimal characters.
 * @param hex - the key as the portal shows it
 * @throws Error saying what is wrong with it
 */
export function interactionPublicKey(hex: string): KeyObject {
  const trimmed = hex.trim();
  if (!/^[0-9a-fA-F]{64}$/.test(trimmed)) {
    throw new Error(
      "DISCORD_PUBLIC_KEY must be the application's public key: 64 hexadecimal characters (Developer Portal → General Information)",
    );
  }
  return createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(trimmed, 'hex')]),
    format: 'der',
    type: 'spki',
  });
}

/**
 * Checks Discord's Ed25519 signature of an interaction request: `X-Signature-Ed25519` over
 * `X-Signature-Timestamp` followed by the raw body.
 * @param key - the application's public key ({@link interactionPublicKey})
 * @param signature - `X-Signature-Ed25519` (hex)
 * @param timestamp - `X-Signature-Timestamp`
 * @param body - the raw request body
 * @see https://discord.com/developers/docs/interactions/overview#setting-up-an-endpoint-validating-security-request-headers
 */
export function signatureValid(
  key: KeyObject,
  signature: string | undefined,
  timestamp: string | undefined,
  body: string,
): boolean {
  if (signature === undefined || timestamp === undefined || !/^[0-9a-fA-F]{128}$/.test(signature)) return false;
  return verify(null, Buffer.from(timestamp + body, 'utf8'), key, Buffer.from(signature, 'hex'));
}

const envelope = z.object({ id: z.string().optional(), type: z.number(), guild_id: z.string().optional() });

/** An interaction response as Discord takes it (callback type and data). */
export interface InteractionResponseBody {
  type: number;
  data?: unknown;
}

/** What a signed interaction request comes to. */
export type HttpInteraction =
  /** Discord checking the endpoint: answer `response` (PONG). */
  | { kind: 'answer'; response: InteractionResponseBody }
  /** An interaction to record and answer: the endpoint waits for its first answer. */
  | { kind: 'event'; interactionId: string; event: DomainEvent };

/** What an interaction Guildhall does not handle gets (a user context-menu command, another server's). */
export const NOT_HANDLED_HERE = 'Guildhall does not answer this here.';

/**
 * Reads a signed interaction request's body.
 * @param body - the raw JSON
 * @param guildId - the community this deployment serves
 * @throws Error (a 400) when the body is not an interaction
 */
export function readHttpInteraction(body: string, guildId: string): HttpInteraction {
  const data: unknown = JSON.parse(body);
  const head = envelope.parse(data);
  if (head.type === (InteractionType.Ping as number)) {
    return { kind: 'answer', response: { type: InteractionResponseType.Pong } };
  }
  if (head.type === (InteractionType.ApplicationCommandAutocomplete as number)) {
    return {
      kind: 'answer',
      response: { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } },
    };
  }
  const [event] =
    head.guild_id === undefined || head.guild_id === guildId ? normaliseInteraction(data, { guildId }) : [];
  if (event === undefined || head.id === undefined) {
    return {
      kind: 'answer',
      response: {
        type: InteractionResponseType.ChannelMessageWithSource,
        data: { content: NOT_HANDLED_HERE, flags: MessageFlags.Ephemeral },
      },
    };
  }
  return { kind: 'event', interactionId: head.id, event };
}

/** What the endpoint answers when the interaction's handler did not answer in time: an ephemeral deferral. */
export function httpDeferral(): InteractionResponseBody {
  return deferCallback({ ephemeral: true }).body;
}
