import { sql } from 'kysely';
import type { FeedbackType } from '../config/FeedbackTypes.js';
import type { FeedbackContext } from '../FeedbackContext.js';
import { feedbackDb } from '../FeedbackTables.js';
import type { FeedbackItem } from '../store/FeedbackItems.js';

/**
 * Open items (not done, declined or merged) of the given types, ranked by 👍 minus 👎, then
 * oldest first, then by number.
 * @param ctx - module context
 * @param guildId - the guild
 * @param types - the types to list
 * @param limit - most items
 */
export async function rankOpenItems(
  ctx: FeedbackContext,
  guildId: string,
  types: readonly FeedbackType[],
  limit: number,
): Promise<FeedbackItem[]> {
  if (types.length === 0) return [];
  return feedbackDb(ctx.db)
    .selectFrom('feedback_items')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('type', 'in', [...types])
    .where('status', 'not in', ['done', 'declined', 'merged'])
    .orderBy(sql`up_votes - down_votes`, 'desc')
    .orderBy('created_at')
    .orderBy('number')
    .limit(limit)
    .execute();
}
