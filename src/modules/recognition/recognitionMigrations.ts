import { sql } from 'kysely';
import type { Migration } from '../../store/Migration.js';
import { withSerialKey } from '../../store/Migration.js';
import { backfillMessageSources } from './removed/backfillMessageSources.js';

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
  {
    name: '0002_badges_levels_leaderboards_referrals',
    async up(db, dialect) {
      // The ledger's once-only key gains the member: one event can credit several members
      // (a thanks to two people), each once. Rebuilt, since SQLite cannot drop a constraint.
      await withSerialKey(db.schema.createTable('recognition_awards_v2'), dialect, 'id')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('points', 'integer', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('source_event_id', 'text', (c) => c.notNull())
        .addColumn('awarded_at', 'bigint', (c) => c.notNull())
        .addUniqueConstraint('recognition_awards_once_per_member', ['source_event_id', 'reason', 'user_id'])
        .execute();
      await sql`INSERT INTO recognition_awards_v2 (guild_id, user_id, points, reason, source_event_id, awarded_at)
        SELECT guild_id, user_id, points, reason, source_event_id, awarded_at FROM recognition_awards ORDER BY id`.execute(
        db,
      );
      await db.schema.dropTable('recognition_awards').execute();
      await db.schema.alterTable('recognition_awards_v2').renameTo('recognition_awards').execute();
      await db.schema
        .createIndex('recognition_awards_member')
        .on('recognition_awards')
        .columns(['guild_id', 'user_id', 'awarded_at'])
        .execute();

      await db.schema
        .createTable('recognition_counters')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addColumn('points', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('recognition_counters_pk', ['guild_id', 'user_id', 'kind'])
        .execute();
      await db.schema
        .createTable('recognition_totals')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('value', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('recognition_totals_pk', ['guild_id', 'period', 'category', 'user_id'])
        .execute();
      // Top N and "how many are ahead of me" are range scans of this index.
      await db.schema
        .createIndex('recognition_totals_rank')
        .on('recognition_totals')
        .columns(['guild_id', 'period', 'category', 'value', 'user_id'])
        .execute();
      await db.schema
        .createTable('recognition_unlocks')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('unlock_id', 'text', (c) => c.notNull())
        .addColumn('unlocked_at', 'bigint', (c) => c.notNull())
        .addColumn('source_event_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('recognition_unlocks_pk', ['guild_id', 'user_id', 'type', 'unlock_id'])
        .execute();
      await db.schema
        .createTable('recognition_thanks')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('from_user_id', 'text', (c) => c.notNull())
        .addColumn('to_user_id', 'text', (c) => c.notNull())
        .addColumn('channel_id', 'text', (c) => c.notNull())
        .addColumn('last_credited_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('recognition_thanks_pk', ['guild_id', 'from_user_id', 'to_user_id', 'channel_id'])
        .execute();
      await db.schema
        .createTable('recognition_referrals')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('referee_id', 'text', (c) => c.notNull())
        .addColumn('referrer_id', 'text', (c) => c.notNull())
        .addColumn('invite_code', 'text', (c) => c.notNull())
        .addColumn('joined_at', 'bigint', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('referred_event_id', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('recognition_referrals_pk', ['guild_id', 'referee_id'])
        .execute();
      await db.schema
        .createIndex('recognition_referrals_referrer')
        .on('recognition_referrals')
        .columns(['guild_id', 'referrer_id'])
        .execute();
      await db.schema
        .createTable('recognition_ambassadors')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('tier', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('nominated_by', 'text', (c) => c.notNull())
        .addColumn('nominated_at', 'bigint', (c) => c.notNull())
        .addColumn('reviewed_by', 'text')
        .addColumn('trial_ends_at', 'bigint')
        .addColumn('confirmed_at', 'bigint')
        .addColumn('note', 'text')
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('recognition_ambassadors_pk', ['guild_id', 'user_id'])
        .execute();
      await db.schema
        .createTable('recognition_levels')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('level', 'text')
        .addColumn('adopted', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('joined_at', 'bigint')
        .addColumn('changed_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('recognition_levels_pk', ['guild_id', 'user_id'])
        .execute();
      await db.schema
        .createTable('recognition_invites')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('inviter_id', 'text')
        .addColumn('uses', 'integer', (c) => c.notNull())
        .addColumn('max_uses', 'integer', (c) => c.notNull())
        .addColumn('attributed', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('recognition_invites_pk', ['guild_id', 'code'])
        .execute();
      await db.schema
        .createTable('recognition_join_sources')
        .addColumn('join_event_id', 'text', (c) => c.notNull().primaryKey())
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('invite_code', 'text')
        .addColumn('inviter_id', 'text')
        .addColumn('joined_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('recognition_posts')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('post_key', 'text', (c) => c.notNull())
        .addColumn('channel_id', 'text', (c) => c.notNull())
        .addColumn('message_id', 'text', (c) => c.notNull())
        .addColumn('posted_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('recognition_posts_pk', ['guild_id', 'post_key'])
        .execute();
    },
  },
  {
    name: '0003_counted_messages',
    async up(db) {
      // Guards the meaningful-message counter by event (a re-run after a crash counts once).
      await db.schema
        .createTable('recognition_counted_messages')
        .addColumn('source_event_id', 'text', (c) => c.notNull().primaryKey())
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('counted_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('recognition_counted_messages_member')
        .on('recognition_counted_messages')
        .columns(['guild_id', 'user_id'])
        .execute();
    },
  },
  {
    name: '0004_removed_messages',
    async up(db) {
      await db.schema
        .createTable('recognition_removed_messages')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('message_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('cause', 'text', (c) => c.notNull())
        .addColumn('event_id', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('recognition_removed_messages_pk', ['guild_id', 'message_id'])
        .execute();
      // A ban takes back the member's flagged messages.
      await db.schema
        .createIndex('recognition_removed_messages_member')
        .on('recognition_removed_messages')
        .columns(['guild_id', 'user_id', 'status'])
        .execute();
      await db.schema
        .createTable('recognition_message_sources')
        .addColumn('source_event_id', 'text', (c) => c.notNull())
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('message_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('recognition_message_sources_pk', ['source_event_id', 'message_id'])
        .execute();
      await db.schema
        .createIndex('recognition_message_sources_message')
        .on('recognition_message_sources')
        .columns(['guild_id', 'message_id'])
        .execute();
      await db.schema
        .createIndex('recognition_message_sources_member')
        .on('recognition_message_sources')
        .columns(['guild_id', 'user_id'])
        .execute();
      await db.schema
        .createTable('recognition_banned')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('case_id', 'integer', (c) => c.notNull())
        .addColumn('banned_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('recognition_banned_pk', ['guild_id', 'user_id'])
        .execute();
      // Messages and thanks credited before this version can be taken back too.
      await backfillMessageSources(db);
    },
  },
];
