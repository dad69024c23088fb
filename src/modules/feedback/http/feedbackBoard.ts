import { sql } from 'kysely';
import { FEEDBACK_STATUS_LABELS, SETTABLE_STATUSES, type FeedbackType } from '../config/FeedbackTypes.js';
import { feedbackDb } from '../FeedbackTables.js';
import type { FeedbackBoard } from './FeedbackApi.js';
import { itemSummaries, type ViewContext } from './itemSummaries.js';

/**
 * The status board: one column per status staff can set (new → declined), each with its count
 * and its first `limit` items by net votes, then newest; merged items are only counted.
 * @param ctx - db, member directory, platform
 * @param guildId - the guild
 * @param options - an item type to keep, and the cards per column
 */
export async function feedbackBoard(
  ctx: ViewContext,
  guildId: string,
  options: { type?: FeedbackType | undefined; limit: number },
): Promise<FeedbackBoard> {
  const db = feedbackDb(ctx.db);
  const base = () => {
    const select = db.selectFrom('feedback_items').where('guild_id', '=', guildId);
    return options.type === undefined ? select : select.where('type', '=', options.type);
  };
  const counts = new Map(
    (
      await base()
        .select((eb) => ['status', eb.fn.countAll<number>().as('n')])
        .groupBy('status')
        .execute()
    ).map((r) => [r.status, r.n] as const),
  );
  const columns: FeedbackBoard['columns'] = [];
  for (const status of SETTABLE_STATUSES) {
    const rows = await base()
      .selectAll()
      .where('status', '=', status)
      .orderBy(sql`up_votes - down_votes`, 'desc')
      .orderBy('created_at', 'desc')
      .orderBy('number', 'desc')
      .limit(options.limit)
      .execute();
    columns.push({
      status,
      label: FEEDBACK_STATUS_LABELS[status],
      count: counts.get(status) ?? 0,
      items: await itemSummaries(ctx, guildId, rows),
    });
  }
  return { columns, merged: counts.get('merged') ?? 0 };
}
