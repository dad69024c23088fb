import type { Kysely } from 'kysely';
import { INTERACTION_TOKEN_MS } from '../platform/discordLimits.js';
import type { CoreTables } from '../store/CoreTables.js';
import type { DomainEvent } from './DomainEvent.js';

/** An interaction event's token, split from the payload the event log keeps. */
export interface SplitToken {
  /** The payload without the token (what the event log stores and serves). */
  payload: unknown;
  /** The token, when the event is an interaction that carries one. */
  token: string | null;
  interactionId: string | null;
}

/**
 * Splits an interaction's token from its payload. A token lets anyone answer as the bot for 15
 * minutes: it never goes into the event log, which is kept for long and served by the API.
 * It is kept in `interaction_tokens` until it expires, so an interaction recorded before a
 * crash can still be answered after the restart.
 * @param event - any event
 */
export function splitToken(event: DomainEvent): SplitToken {
  const payload: unknown = event.payload;
  if (!event.type.startsWith('interaction.') || typeof payload !== 'object' || payload === null) {
    return { payload, token: null, interactionId: null };
  }
  const { token, ...rest } = payload as { token?: unknown; interactionId?: unknown };
  const interactionId = typeof rest.interactionId === 'string' ? rest.interactionId : null;
  return { payload: rest, token: typeof token === 'string' ? token : null, interactionId };
}

/**
 * Keeps a token until it expires (and drops the expired ones).
 * @param db - the database (the caller's unit of work, when in one)
 * @param interactionId - the interaction
 * @param token - its token
 * @param now - epoch ms
 */
export async function keepToken(
  db: Kysely<CoreTables>,
  interactionId: string,
  token: string,
  now: number,
): Promise<void> {
  await db.deleteFrom('interaction_tokens').where('expires_at', '<', now).execute();
  await db
    .insertInto('interaction_tokens')
    .values({ interaction_id: interactionId, token, expires_at: now + INTERACTION_TOKEN_MS })
    .onConflict((oc) => oc.column('interaction_id').doNothing())
    .execute();
}

/**
 * Puts the kept token back into a recorded interaction's payload (empty once expired: the
 * answer then fails as it would on Discord).
 * @param db - the database
 * @param payload - the stored payload
 * @param now - epoch ms
 */
export async function withToken(db: Kysely<CoreTables>, payload: unknown, now: number): Promise<unknown> {
  if (typeof payload !== 'object' || payload === null || !('interactionId' in payload)) return payload;
  const interactionId = payload.interactionId;
  if (typeof interactionId !== 'string') return payload;
  const kept = await db
    .selectFrom('interaction_tokens')
    .select('token')
    .where('interaction_id', '=', interactionId)
    .where('expires_at', '>=', now)
    .executeTakeFirst();
  return { ...payload, token: kept?.token ?? '' };
}
