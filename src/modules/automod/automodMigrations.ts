import type { Migration } from '../../store/Migration.js';

/** Schema of the automod module's tables. */
export const automodMigrations: Migration[] = [
  {
    name: '0001_slowmodes_and_phishing_lists',
    async up(db) {
      await db.schema
        .createTable('automod_slowmodes')
        .addColumn('channel_id', 'text', (c) => c.notNull().primaryKey())
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('previous_seconds', 'integer', (c) => c.notNull())
        .addColumn('set_seconds', 'integer', (c) => c.notNull())
        .addColumn('until', 'bigint', (c) => c.notNull())
        .addColumn('rule_id', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('automod_phishing_lists')
        .addColumn('source_url', 'text', (c) => c.notNull().primaryKey())
        .addColumn('domains', 'text', (c) => c.notNull())
        .addColumn('fetched_at', 'bigint', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .execute();
    },
  },
];
