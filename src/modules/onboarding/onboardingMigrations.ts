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
  {
    name: '0002_journeys',
    async up(db) {
      await db.schema
        .createTable('onboarding_members')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('join_event_id', 'text', (c) => c.notNull())
        .addColumn('joined_at', 'bigint', (c) => c.notNull())
        .addColumn('member_type', 'text')
        .addColumn('type_chosen_at', 'bigint')
        .addColumn('rules_accepted_at', 'bigint')
        .addColumn('intro_posted_at', 'bigint')
        .addColumn('intro_message_id', 'text')
        .addColumn('verified_at', 'bigint')
        .addColumn('pending', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('invite_code', 'text')
        .addColumn('dm_opt_in_at', 'bigint')
        .addColumn('dm_opt_out_at', 'bigint')
        .addColumn('thread_id', 'text')
        .addColumn('stopped_at', 'bigint')
        .addColumn('stopped_reason', 'text')
        .addColumn('left_at', 'bigint')
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('onboarding_members_pk', ['guild_id', 'user_id'])
        .execute();
      await db.schema
        .createIndex('onboarding_members_joined')
        .on('onboarding_members')
        .columns(['guild_id', 'joined_at'])
        .execute();
      await db.schema
        .createTable('onboarding_steps')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('step_id', 'text', (c) => c.notNull())
        .addColumn('due_at', 'bigint', (c) => c.notNull())
        .addColumn('outcome', 'text')
        .addColumn('detail', 'text')
        .addColumn('message_id', 'text')
        .addColumn('done_at', 'bigint')
        .addPrimaryKeyConstraint('onboarding_steps_pk', ['guild_id', 'user_id', 'step_id'])
        .execute();
      await db.schema
        .createTable('onboarding_assignments')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('experiment_id', 'text', (c) => c.notNull())
        .addColumn('variant_id', 'text', (c) => c.notNull())
        .addColumn('assigned_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('onboarding_assignments_pk', ['guild_id', 'experiment_id', 'user_id'])
        .execute();
      await db.schema
        .createTable('onboarding_reengagements')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('sent_at', 'bigint', (c) => c.notNull())
        .addColumn('via', 'text', (c) => c.notNull())
        .addColumn('message_id', 'text')
        .addPrimaryKeyConstraint('onboarding_reengagements_pk', ['guild_id', 'user_id', 'sent_at'])
        .execute();
    },
  },
];
