import type { Kysely } from 'kysely';
import type { Migration } from '../../../store/Migration.js';
import { createIndex, createTable } from '../../../store/tableBuilders.js';

async function createAnnouncements(db: Kysely<unknown>): Promise<void> {
  await createTable(
    db,
    'crosspost_posts',
    [
      ['guild_id', 'text'],
      ['id', 'text'],
      ['author_id', 'text'],
      ['title', 'text'],
      ['text', 'text'],
      ['link', 'text', 'null'],
      ['hashtags', 'text'],
      ['status', 'text'],
      ['discord_channel_id', 'text', 'null'],
      ['created_at', 'bigint'],
      ['published_at', 'bigint', 'null'],
    ],
    ['guild_id', 'id'],
  );
  await createIndex(db, 'crosspost_posts', 'author', ['guild_id', 'author_id']);
  await createIndex(db, 'crosspost_posts', 'published', ['guild_id', 'published_at']);
  await createTable(
    db,
    'crosspost_deliveries',
    [
      ['guild_id', 'text'],
      ['post_id', 'text'],
      ['target_id', 'text'],
      ['platform', 'text'],
      ['status', 'text'],
      ['attempts', 'integer'],
      ['http_status', 'integer', 'null'],
      ['last_error', 'text', 'null'],
      ['updated_at', 'bigint'],
    ],
    ['guild_id', 'post_id', 'target_id'],
  );
  await createTable(
    db,
    'crosspost_attempts',
    [
      ['guild_id', 'text'],
      ['post_id', 'text'],
      ['target_id', 'text'],
      ['attempt', 'integer'],
      ['ok', 'integer'],
      ['http_status', 'integer', 'null'],
      ['error', 'text', 'null'],
      ['at', 'bigint'],
    ],
    ['guild_id', 'post_id', 'target_id', 'attempt'],
  );
}

/** The announcements part's migrations, named `0001_…` upwards (the module's other parts use other ranges). */
export const announcementsMigrations: readonly Migration[] = [{ name: '0001_announcements', up: createAnnouncements }];
