import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { RecognitionContext } from '../RecognitionContext.js';
import { recognitionDb } from '../RecognitionTables.js';

/**
 * Roles do not survive leaving: a member who joins (again) holds no level yet, and their
 * join time is what tenure counts from. Observed state (kept through a recompute).
 * @param event - the join
 * @param ctx - module context
 */
export async function forgetLevelOnJoin(event: DomainEventOf<'member.joined'>, ctx: RecognitionContext): Promise<void> {
  const { userId, joinedAt, bot } = event.payload;
  if (bot) return;
  await recognitionDb(ctx.db)
    .insertInto('recognition_levels')
    .values({
      guild_id: event.guildId,
      user_id: userId,
      level: null,
      adopted: 0,
      joined_at: joinedAt,
      changed_at: ctx.clock.now(),
    })
    .onConflict((oc) =>
      oc.columns(['guild_id', 'user_id']).doUpdateSet({ level: null, adopted: 0, joined_at: joinedAt }),
    )
    .execute();
}
