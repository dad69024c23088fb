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
  {
    name: '0002_spam_examples',
    async up(db) {
      await db.schema
        .createTable('automod_spam_examples')
        .addColumn('id', 'text', (c) => c.notNull().primaryKey())
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('message_id', 'text', (c) => c.notNull())
        .addColumn('channel_id', 'text', (c) => c.notNull())
        .addColumn('rule_id', 'text', (c) => c.notNull())
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('case_id', 'integer')
        .addColumn('flagged_at', 'bigint', (c) => c.notNull())
        .addColumn('decided_at', 'bigint')
        .execute();
      await db.schema
        .createIndex('automod_spam_examples_member')
        .on('automod_spam_examples')
        .columns(['guild_id', 'user_id'])
        .execute();
      await db.schema
        .createIndex('automod_spam_examples_case')
        .on('automod_spam_examples')
        .columns(['guild_id', 'case_id'])
        .execute();
    },
  },
];
