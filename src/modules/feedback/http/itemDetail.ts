import { memberDisplayNames } from '../../../core/members/memberDisplayNames.js';
import { feedbackDb } from '../FeedbackTables.js';
import { FeedbackItems } from '../store/FeedbackItems.js';
import type { ItemDetail } from './FeedbackApi.js';
import { itemSummaries, type ViewContext } from './itemSummaries.js';

/**
 * One item with its text, its status history (oldest first), its votes (the counts the card shows), how many members
 * follow it and the duplicates merged into it; undefined when there is no such number.
 * @param ctx - db, member directory, platform
 * @param guildId - the guild
 * @param number - the item's number
 */
export async function itemDetail(ctx: ViewContext, guildId: string, number: number): Promise<ItemDetail | undefined> {
  const row = await new FeedbackItems(ctx.db).byNumber(guildId, number);
  if (row === undefined) return undefined;
  const db = feedbackDb(ctx.db);
  const history = await db
    .selectFrom('feedback_history')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('item_id', '=', row.id)
    .orderBy('at')
    .execute();
  const followers = await db
    .selectFrom('feedback_followers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('guild_id', '=', guildId)
    .where('item_id', '=', row.id)
    .executeTakeFirst();
  const duplicates = await db
    .selectFrom('feedback_items')
    .select('number')
    .where('guild_id', '=', guildId)
    .where('merged_into', '=', row.id)
    .orderBy('number')
    .execute();
  const [summary] = await itemSummaries(ctx, guildId, [row]);
  if (summary === undefined) return undefined;
  const names = await memberDisplayNames(
    ctx,
    guildId,
    history.map((h) => h.by_id),
  );
  return {
    item: { ...summary, body: row.body },
    history: history.map((h) => ({
      at: h.at,
      from: h.from_status,
      to: h.to_status,
      byId: h.by_id,
      byName: names.get(h.by_id) ?? h.by_id,
      note: h.note,
    })),
    votes: { up: row.up_votes, down: row.down_votes },
    followers: followers?.n ?? 0,
    duplicates: duplicates.map((d) => d.number),
  };
}
