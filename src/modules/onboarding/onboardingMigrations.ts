import type { Migration } from '../../store/Migration.js';

/** Schema of the onboarding module's tables. */
export const onboardingMigrations: Migration[] = [
  {
    name: '0001_welcomes',
    async up(db) {
      await db.schema
        .createTable('onboarding_welcomes')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('join_event_id', 'text', (c) => c.notNull().primaryKey())
        .addColumn('joined_at', 'bigint', (c) => c.notNull())
        .addColumn('welcomed_at', 'bigint', (c) => c.notNull())
        .addColumn('role_id', 'text')
        .addColumn('welcome_channel_id', 'text', (c) => c.notNull())
        .addColumn('welcome_message_id', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('onboarding_welcomes_member')
        .on('onboarding_welcomes')
        .columns(['guild_id', 'user_id'])
        .execute();
    },
  },
];
