import { sql, type SelectQueryBuilder } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { feedbackDb, type FeedbackTables } from '../FeedbackTables.js';
import type { ItemList, ItemsQuery } from './FeedbackApi.js';
import { itemSummaries, type ViewContext } from './itemSummaries.js';

type ItemsSelect = SelectQueryBuilder<CoreTables & FeedbackTables, 'feedback_items', object>;

/**
 * A LIKE pattern matching `text` anywhere, its own `%`, `_` and `\` taken literally (with
 * `escape '\'`).
 * @param text - what was typed
 */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function filtered(
  ctx: ViewContext,
  guildId: string,
  query: Omit<ItemsQuery, 'sort' | 'limit' | 'offset'>,
): ItemsSelect {
  let select: ItemsSelect = feedbackDb(ctx.db).selectFrom('feedback_items').where('guild_id', '=', guildId);
  if (query.status !== undefined) select = select.where('status', '=', query.status);
  if (query.type !== undefined) select = select.where('type', '=', query.type);
  if (query.q !== undefined) {
    const pattern = containsPattern(query.q);
    select = select.where((eb) =>
      eb.or([
        sql<boolean>`lower(${eb.ref('title')}) like ${pattern} escape '\\'`,
        sql<boolean>`lower(${eb.ref('body')}) like ${pattern} escape '\\'`,
      ]),
    );
  }
  return select;
}

/**
 * A page of items matching the filters (status, type, words in the title or text), newest
 * first or by net votes (ties: more up votes, then newest), with the count of all matches.
 * @param ctx - db, member directory, platform
 * @param guildId - the guild
 * @param query - filters, order and page
 */
export async function listItems(ctx: ViewContext, guildId: string, query: ItemsQuery): Promise<ItemList> {
  const counted = await filtered(ctx, guildId, query)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  let rows = filtered(ctx, guildId, query).selectAll();
  rows =
    query.sort === 'votes'
      ? rows
          .orderBy(sql`up_votes - down_votes`, 'desc')
          .orderBy('up_votes', 'desc')
          .orderBy('number', 'desc')
      : rows.orderBy('created_at', 'desc').orderBy('number', 'desc');
  const page = await rows.limit(query.limit).offset(query.offset).execute();
  return {
    total: counted?.n ?? 0,
    limit: query.limit,
    offset: query.offset,
    items: await itemSummaries(ctx, guildId, page),
  };
}
