import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { expect } from 'vitest';
import type { DiscordTestServer } from '../discord/DiscordTestServer.js';

/** The application's key pair in these tests: Discord signs with the private key. */
export const interactionKeys = generateKeyPairSync('ed25519');

/** The raw 32-byte public key, hex, as the Developer Portal shows it (`DISCORD_PUBLIC_KEY`). */
export const publicKeyHex = interactionKeys.publicKey
  .export({ format: 'der', type: 'spki' })
  .subarray(-32)
  .toString('hex');

/** A snowflake made now (interaction ids carry their creation time). */
export function snowflakeNow(): string {
  return ((BigInt(Date.now()) - 1_420_070_400_000n) << 22n).toString();
}

/** What the endpoint answered. */
export interface Sent {
  status: number;
  body: unknown;
}

/**
 * POSTs a raw body to a Guildhall's `/interactions` with the given headers.
 * @param baseUrl - the running Guildhall
 * @param body - the exact bytes
 * @param headers - signature headers, if any
 */
export async function postInteraction(baseUrl: string, body: string, headers: Record<string, string>): Promise<Sent> {
  const response = await fetch(`${baseUrl}/interactions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: response.status, body: await response.json() };
}

/**
 * POSTs an interaction signed as Discord signs it: Ed25519 over the timestamp and the body.
 * @param baseUrl - the running Guildhall
 * @param interaction - the interaction object
 * @param key - the signing key (default the application's)
 */
export function postSigned(
  baseUrl: string,
  interaction: unknown,
  key: KeyObject = interactionKeys.privateKey,
): Promise<Sent> {
  const text = JSON.stringify(interaction);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(timestamp + text), key).toString('hex');
  return postInteraction(baseUrl, text, { 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp });
}

/**
 * Checks that an interaction's answer reached the member over HTTP, after the handling settled:
 * as the endpoint's response (type 4, nothing sent to Discord), or, only should the handler take
 * longer than the endpoint waits (a slow machine), as an ephemeral deferral that the answer then
 * edits. Never with the callback request.
 * @param sent - what the endpoint answered
 * @param discord - the fake Discord (its recorded requests)
 * @param answer - the answer's content
 */
export function expectAnsweredOverHttp(sent: Sent, discord: DiscordTestServer, answer: string): void {
  expect(sent.status).toBe(200);
  const body = sent.body as { type: number; data?: { content?: string } };
  if (body.type === 5) {
    expect(body).toEqual({ type: 5, data: { flags: 64 } });
    const [edit] = discord.requestsTo('PATCH', /^\/webhooks\/\d+\/[^/]+\/messages\/(@|%40)original$/);
    expect((edit?.body as { content?: string } | undefined)?.content).toBe(answer);
  } else {
    expect(body.type).toBe(4);
    expect(body.data?.content).toBe(answer);
    expect(discord.requestsTo('PATCH', /^\/webhooks\//)).toEqual([]);
  }
  expect(discord.requestsTo('POST', /^\/interactions\/\d+\/[^/]+\/callback$/)).toEqual([]);
}
