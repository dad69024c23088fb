import type { Kysely } from 'kysely';
import type { CoreTables } from '../../src/store/CoreTables.js';
import type { FeedbackStatus, FeedbackType, SentimentLabel } from '../../src/modules/feedback/config/FeedbackTypes.js';
import { FeedbackItems, type FeedbackItem } from '../../src/modules/feedback/store/FeedbackItems.js';

/** One seeded item: what the report reads. */
export interface SeedItem {
  type: FeedbackType;
  title: string;
  body: string;
  at: number;
  author?: string;
  status?: FeedbackStatus;
  statusAt?: number;
  sentiment?: SentimentLabel;
  score?: number;
  critical?: string;
  up?: number;
  down?: number;
}

/**
 * Inserts feedback items as intake would store them (through `FeedbackItems.insert`).
 * @param db - the store
 * @param guildId - the guild
 * @param items - the items, numbered in order
 */
export async function seedItems(
  db: Kysely<CoreTables>,
  guildId: string,
  items: readonly SeedItem[],
): Promise<FeedbackItem[]> {
  const store = new FeedbackItems(db);
  const made: FeedbackItem[] = [];
  for (const [i, item] of items.entries()) {
    made.push(
      await store.insert({
        guild_id: guildId,
        id: `seed-${i + 1}`,
        type: item.type,
        title: item.title,
        body: item.body,
        author_id: item.author ?? 'u-author',
        source: 'command',
        channel_id: null,
        thread_id: null,
        message_id: null,
        status: item.status ?? 'new',
        status_note: null,
        status_by: null,
        status_at: item.statusAt ?? item.at,
        merged_into: null,
        sentiment_label: item.sentiment ?? 'neutral',
        sentiment_score: item.score ?? 0,
        critical_reason: item.critical ?? null,
        critical_alerted_at: null,
        up_votes: item.up ?? 0,
        down_votes: item.down ?? 0,
        created_at: item.at,
        updated_at: item.statusAt ?? item.at,
      }),
    );
  }
  return made;
}
