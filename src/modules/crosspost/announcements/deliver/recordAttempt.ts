import type { CrosspostContext } from '../../CrosspostContext.js';
import { announcementsDb } from '../announcementsTables.js';
import type { AttemptResult } from './postWebhook.js';

/**
 * Records one delivery attempt and where the delivery stands after it: `delivered`, `failed`
 * (its last attempt), or still `pending`.
 * @param ctx - module context
 * @param input - which delivery, which attempt, its result, whether it was the last
 */
export async function recordAttempt(
  ctx: CrosspostContext,
  input: {
    guildId: string;
    postId: string;
    targetId: string;
    attempt: number;
    at: number;
    result: AttemptResult;
    final: boolean;
  },
): Promise<void> {
  const db = announcementsDb(ctx.db);
  const { result } = input;
  const error = result.ok ? null : result.error.slice(0, 500);
  await db
    .insertInto('crosspost_attempts')
    .values({
      guild_id: input.guildId,
      post_id: input.postId,
      target_id: input.targetId,
      attempt: input.attempt,
      ok: result.ok ? 1 : 0,
      http_status: result.httpStatus,
      error,
      at: input.at,
    })
    .onConflict((oc) => oc.columns(['guild_id', 'post_id', 'target_id', 'attempt']).doNothing())
    .execute();
  await db
    .updateTable('crosspost_deliveries')
    .set({
      status: result.ok ? 'delivered' : input.final ? 'failed' : 'pending',
      attempts: input.attempt,
      http_status: result.httpStatus,
      last_error: error,
      updated_at: input.at,
    })
    .where('guild_id', '=', input.guildId)
    .where('post_id', '=', input.postId)
    .where('target_id', '=', input.targetId)
    .execute();
}
