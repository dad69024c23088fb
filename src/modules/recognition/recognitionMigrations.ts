import type { Migration } from '../../store/Migration.js';
import { withSerialKey } from '../../store/Migration.js';

/** Schema of the recognition module's tables. */
export const recognitionMigrations: Migration[] = [
  {
    name: '0001_points',
    async up(db, dialect) {
      await db.schema
        .createTable('recognition_members')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('points', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('messages', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_message_award_at', 'bigint')
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('recognition_members_pk', ['guild_id', 'user_id'])
        .execute();
      await db.schema
        .createIndex('recognition_members_rank')
        .on('recognition_members')
        .columns(['guild_id', 'points', 'user_id'])
        .execute();
      await withSerialKey(db.schema.createTable('recognition_awards'), dialect, 'id')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('points', 'integer', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('source_event_id', 'text', (c) => c.notNull())
        .addColumn('awarded_at', 'bigint', (c) => c.notNull())
        .addUniqueConstraint('recognition_awards_once', ['source_event_id', 'reason'])
        .execute();
    },
  },
];
