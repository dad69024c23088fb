import type { Migration } from '../../store/Migration.js';
import { withSerialKey } from '../../store/Migration.js';

/** Schema of the moderation module's tables. */
export const moderationMigrations: Migration[] = [
  {
    name: '0001_cases_appeals_lockdowns',
    async up(db, dialect) {
      await withSerialKey(db.schema.createTable('moderation_cases'), dialect, 'id')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('rule_id', 'text')
        .addColumn('rule_name', 'text')
        .addColumn('category', 'text')
        .addColumn('severity', 'text')
        .addColumn('actor_id', 'text')
        .addColumn('evidence', 'text', (c) => c.notNull())
        .addColumn('channel_id', 'text')
        .addColumn('strike', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('ladder_step', 'integer')
        .addColumn('duration_ms', 'bigint')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('expires_at', 'bigint')
        .addColumn('strike_expires_at', 'bigint')
        .addColumn('strike_decayed_at', 'bigint')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('closed_at', 'bigint')
        .addColumn('close_reason', 'text')
        .addColumn('source_key', 'text', (c) => c.notNull().unique())
        .addColumn('applied_at', 'bigint')
        .addColumn('apply_error', 'text')
        .addColumn('mod_log_message_id', 'text')
        .execute();
      await db.schema
        .createIndex('moderation_cases_member')
        .on('moderation_cases')
        .columns(['guild_id', 'user_id', 'created_at'])
        .execute();
      await db.schema
        .createIndex('moderation_cases_rule')
        .on('moderation_cases')
        .columns(['guild_id', 'rule_id'])
        .execute();
      await withSerialKey(db.schema.createTable('moderation_appeals'), dialect, 'id')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('case_id', 'integer', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('filed_by', 'text', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('statement', 'text', (c) => c.notNull())
        .addColumn('channel_id', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('decided_at', 'bigint')
        .addColumn('decided_by', 'text')
        .addColumn('decision_reason', 'text')
        .addColumn('flagged_at', 'bigint')
        .addUniqueConstraint('moderation_appeals_once', ['case_id', 'level'])
        .execute();
      await withSerialKey(db.schema.createTable('moderation_lockdowns'), dialect, 'id')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('started_by', 'text')
        .addColumn('started_at', 'bigint', (c) => c.notNull())
        .addColumn('ends_at', 'bigint')
        .addColumn('ended_at', 'bigint')
        .addColumn('restore', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('moderation_lockdowns_guild')
        .on('moderation_lockdowns')
        .columns(['guild_id', 'ended_at'])
        .execute();
    },
  },
];
