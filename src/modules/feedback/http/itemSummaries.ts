import { memberDisplayNames } from '../../../core/members/memberDisplayNames.js';
import type { FeedbackContext } from '../FeedbackContext.js';
import { feedbackDb } from '../FeedbackTables.js';
import type { FeedbackItem } from '../store/FeedbackItems.js';
import type { ItemSummary } from './FeedbackApi.js';

/** What the item views read: the store, the member directory and the platform (names). */
export type ViewContext = Pick<FeedbackContext, 'db' | 'members' | 'platform'>;

/**
 * The Discord link of an item's thread, or null.
 * @param item - the item
 */
export function itemThreadUrl(item: Pick<FeedbackItem, 'guild_id' | 'thread_id'>): string | null {
  return item.thread_id === null ? null : `https://discord.com/channels/${item.guild_id}/${item.thread_id}`;
}

/**
 * Items as the dashboard shows them: author names and the numbers of the items they were merged
 * into filled in, in the order given.
 * @param ctx - db, member directory, platform
 * @param guildId - the guild
 * @param rows - the items
 */
export async function itemSummaries(
  ctx: ViewContext,
  guildId: string,
  rows: readonly FeedbackItem[],
): Promise<ItemSummary[]> {
  if (rows.length === 0) return [];
  const names = await memberDisplayNames(
    ctx,
    guildId,
    rows.map((r) => r.author_id),
  );
  const intoIds = [...new Set(rows.flatMap((r) => (r.merged_into === null ? [] : [r.merged_into])))];
  const intoNumbers = new Map(
    intoIds.length === 0
      ? []
      : (
          await feedbackDb(ctx.db)
            .selectFrom('feedback_items')
            .select(['id', 'number'])
            .where('guild_id', '=', guildId)
            .where('id', 'in', intoIds)
            .execute()
        ).map((r) => [r.id, r.number] as const),
  );
  return rows.map((row) => ({
    number: row.number,
    type: row.type,
    title: row.title,
    status: row.status,
    statusNote: row.status_note,
    statusAt: row.status_at,
    authorId: row.author_id,
    authorName: names.get(row.author_id) ?? row.author_id,
    upVotes: row.up_votes,
    downVotes: row.down_votes,
    votes: row.up_votes - row.down_votes,
    sentiment: row.sentiment_label,
    sentimentScore: row.sentiment_score,
    critical: row.critical_reason,
    mergedInto: row.merged_into === null ? null : (intoNumbers.get(row.merged_into) ?? null),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    threadUrl: itemThreadUrl(row),
  }));
}
