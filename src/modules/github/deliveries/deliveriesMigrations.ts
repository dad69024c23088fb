import type { Kysely } from 'kysely';
import type { Migration } from '../../../store/Migration.js';
import { createIndex, createTable } from '../../../store/tableBuilders.js';

async function createDeliveries(db: Kysely<unknown>): Promise<void> {
  await createTable(
    db,
    'github_deliveries',
    [
      ['guild_id', 'text'],
      ['delivery_id', 'text'],
      ['event', 'text'],
      ['action', 'text', 'null'],
      ['repository', 'text', 'null'],
      ['sender', 'text', 'null'],
      ['received_at', 'bigint'],
      ['status', 'text'],
      ['reason', 'text', 'null'],
      ['channels', 'text'],
    ],
    ['guild_id', 'delivery_id'],
  );
  await createIndex(db, 'github_deliveries', 'received', ['guild_id', 'received_at']);
  await createTable(
    db,
    'github_threads',
    [
      ['guild_id', 'text'],
      ['channel_id', 'text'],
      ['subject_key', 'text'],
      ['thread_id', 'text'],
      ['created_at', 'bigint'],
    ],
    ['guild_id', 'channel_id', 'subject_key'],
  );
}

/** The deliveries part's migrations, named `0001_…` upwards (the module's other parts use other ranges). */
export const deliveriesMigrations: readonly Migration[] = [{ name: '0001_deliveries', up: createDeliveries }];
