import { sql, type Kysely } from 'kysely';
import type { CoreTables } from '../../store/CoreTables.js';
import type { Migration } from '../../store/Migration.js';
import { withSerialKey } from '../../store/Migration.js';
import { analyticsDb } from './AnalyticsTables.js';
import { rebuildActiveDays } from './rollups/activeDays.js';
import { rebuildChannelBlocks } from './rollups/channelBlocks.js';
import { rebuildMemberActivity } from './rollups/memberActivity.js';
import { rebuildMemberStarts } from './rollups/memberStarts.js';
import { rebuildResponseCounts } from './rollups/responseCounts.js';

/**
 * Schema of the analytics module's tables. `day` columns are UTC days since the epoch
 * (`Math.floor(ms / 86_400_000)`): every rollup is keyed by it so a dashboard query is an
 * index range read.
 */
export const analyticsMigrations: Migration[] = [
  {
    name: '0001_rollups',
    async up(db, dialect) {
      // One row per guild and day: the whole community's counts.
      await db.schema
        .createTable('analytics_days')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('day', 'integer', (c) => c.notNull())
        .addColumn('messages', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('replies', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('reactions', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('joins', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('leaves', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('analytics_days_pk', ['guild_id', 'day'])
        .execute();
      // One row per guild, day and active member (a human who posted or reacted that day).
      await db.schema
        .createTable('analytics_member_days')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('day', 'integer', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('messages', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('replies', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('reactions', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('analytics_member_days_pk', ['guild_id', 'day', 'user_id'])
        .execute();
      await db.schema
        .createIndex('analytics_member_days_member')
        .on('analytics_member_days')
        .columns(['guild_id', 'user_id', 'day'])
        .execute();
      // One row per guild, day and channel.
      await db.schema
        .createTable('analytics_channel_days')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('day', 'integer', (c) => c.notNull())
        .addColumn('channel_id', 'text', (c) => c.notNull())
        .addColumn('messages', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('replies', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('reactions', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('analytics_channel_days_pk', ['guild_id', 'day', 'channel_id'])
        .execute();
      // Conversation starters and their first response by another human (CHAOSS time to first response).
      await db.schema
        .createTable('analytics_topics')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('message_id', 'text', (c) => c.notNull())
        .addColumn('channel_id', 'text', (c) => c.notNull())
        .addColumn('author_id', 'text', (c) => c.notNull())
        .addColumn('posted_at', 'bigint', (c) => c.notNull())
        .addColumn('day', 'integer', (c) => c.notNull())
        .addColumn('first_response_at', 'bigint')
        .addColumn('responder_id', 'text')
        .addPrimaryKeyConstraint('analytics_topics_pk', ['guild_id', 'message_id'])
        .execute();
      await db.schema.createIndex('analytics_topics_day').on('analytics_topics').columns(['guild_id', 'day']).execute();
      await db.schema
        .createIndex('analytics_topics_channel')
        .on('analytics_topics')
        .columns(['guild_id', 'channel_id', 'posted_at'])
        .execute();
      // KPI alerts: one row per alert opened; closed_at set when the KPI recovers.
      await withSerialKey(db.schema.createTable('analytics_alerts'), dialect, 'id')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('kpi', 'text', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('value', 'double precision', (c) => c.notNull())
        .addColumn('target', 'double precision', (c) => c.notNull())
        .addColumn('critical', 'double precision', (c) => c.notNull())
        .addColumn('opened_at', 'bigint', (c) => c.notNull())
        .addColumn('closed_at', 'bigint')
        .addColumn('closed_value', 'double precision')
        .execute();
      await db.schema
        .createIndex('analytics_alerts_open')
        .on('analytics_alerts')
        .columns(['guild_id', 'kpi', 'closed_at'])
        .execute();
      // Reports and digests posted, one per kind and period (a rerun of the job posts nothing).
      await db.schema
        .createTable('analytics_reports')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('posted_at', 'bigint', (c) => c.notNull())
        .addColumn('channel_id', 'text', (c) => c.notNull())
        .addColumn('message_id', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('analytics_reports_pk', ['guild_id', 'kind', 'period'])
        .execute();
    },
  },
  {
    name: '0002_active_counts',
    async up(db) {
      // DAU / WAU / MAU per guild and day, kept incrementally (rollups/activeDays.ts).
      await db.schema
        .createTable('analytics_active_days')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('day', 'integer', (c) => c.notNull())
        .addColumn('dau', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('wau', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('mau', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('analytics_active_days_pk', ['guild_id', 'day'])
        .execute();
      // Backfill from the member days already recorded.
      const core = db as Kysely<CoreTables>;
      const guilds = await analyticsDb(core)
        .selectFrom('analytics_member_days')
        .select('guild_id')
        .distinct()
        .execute();
      for (const g of guilds) await rebuildActiveDays(core, g.guild_id);
    },
  },
  {
    name: '0003_query_indexes',
    async up(db, dialect) {
      // Indexes only (docs/analytics.md): the dashboard's reads of topics at 10M messages.
      // Counts of a range's topics and answered topics, overall and per channel, from the index.
      await db.schema
        .createIndex('analytics_topics_day_response')
        .on('analytics_topics')
        .columns(['guild_id', 'day', 'first_response_at'])
        .execute();
      await db.schema
        .createIndex('analytics_topics_channel_day')
        .on('analytics_topics')
        .columns(['guild_id', 'channel_id', 'day', 'first_response_at'])
        .execute();
      // Answered topics by response time: on SQLite the median and p90 are a walk to their rank
      // (metrics/responseRanks.ts); PostgreSQL sorts the range's instead (it would read the
      // table's row behind each entry of an expression index).
      if (dialect !== 'sqlite') return;
      await sql`CREATE INDEX analytics_topics_response ON analytics_topics
        (guild_id, (first_response_at - posted_at), day) WHERE first_response_at IS NOT NULL`.execute(db);
      await sql`CREATE INDEX analytics_topics_channel_response ON analytics_topics
        (guild_id, channel_id, (first_response_at - posted_at), day) WHERE first_response_at IS NOT NULL`.execute(db);
    },
  },
  {
    name: '0004_event_attendance',
    async up(db) {
      // One row per ended event (events module's `events.ended`): the attendance-rate KPI.
      await db.schema
        .createTable('analytics_event_attendance')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('event_id', 'text', (c) => c.notNull())
        .addColumn('day', 'integer', (c) => c.notNull())
        .addColumn('event_type', 'text', (c) => c.notNull())
        .addColumn('going', 'integer', (c) => c.notNull())
        .addColumn('attended', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('analytics_event_attendance_pk', ['guild_id', 'event_id'])
        .execute();
      await db.schema
        .createIndex('analytics_event_attendance_day')
        .on('analytics_event_attendance')
        .columns(['guild_id', 'day'])
        .execute();
    },
  },
  {
    name: '0005_support_questions',
    async up(db) {
      // One row per support question (the support module's events): the support metrics.
      // Times and kinds only, no member ids.
      await db.schema
        .createTable('analytics_support_questions')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('question_id', 'text', (c) => c.notNull())
        .addColumn('channel_id', 'text', (c) => c.notNull())
        .addColumn('asked_at', 'bigint', (c) => c.notNull())
        .addColumn('day', 'integer', (c) => c.notNull())
        .addColumn('first_response_at', 'bigint')
        .addColumn('answered_by', 'text')
        .addColumn('solved_at', 'bigint')
        .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
        .addPrimaryKeyConstraint('analytics_support_questions_pk', ['guild_id', 'question_id'])
        .execute();
      await db.schema
        .createIndex('analytics_support_questions_day')
        .on('analytics_support_questions')
        .columns(['guild_id', 'day'])
        .execute();
    },
  },
  {
    name: '0006_member_starts',
    async up(db, dialect) {
      // One row per member and start basis (join, first message): the retention and
      // activation bits after that start day (rollups/memberStarts.ts), so a year of cohorts
      // reads a row per member instead of probing each member's days.
      await db.schema
        .createTable('analytics_member_starts')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('basis', 'text', (c) => c.notNull())
        .addColumn('start_day', 'integer', (c) => c.notNull())
        .addColumn('mask', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('analytics_member_starts_pk', ['guild_id', 'user_id', 'basis'])
        .execute();
      // A cohort's rows by start day, read whole (covering on SQLite).
      await db.schema
        .createIndex('analytics_member_starts_start')
        .on('analytics_member_starts')
        .columns(['guild_id', 'basis', 'start_day', 'user_id', 'mask'])
        .execute();
      // Each member's active days as a bit set (rollups/memberActivity.ts): the active members
      // of a long range read a row per member instead of probing each member's days.
      await db.schema
        .createTable('analytics_member_activity')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('origin', 'integer', (c) => c.notNull())
        .addColumn('days', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
        .addPrimaryKeyConstraint('analytics_member_activity_pk', ['guild_id', 'user_id'])
        .execute();
      // Backfill from the member directory and the member days already recorded.
      await rebuildMemberStarts(db as Kysely<CoreTables>);
      await rebuildMemberActivity(db as Kysely<CoreTables>);
    },
  },
  {
    name: '0007_sentiment_days',
    async up(db) {
      // The feedback module's daily sentiment counts (rollups/recordSentimentDaily.ts).
      await db.schema
        .createTable('analytics_sentiment_days')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('day', 'integer', (c) => c.notNull())
        .addColumn('positive', 'integer', (c) => c.notNull())
        .addColumn('neutral', 'integer', (c) => c.notNull())
        .addColumn('negative', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('analytics_sentiment_days_pk', ['guild_id', 'day'])
        .execute();
    },
  },
  {
    name: '0008_response_counts',
    async up(db, dialect) {
      // Topics per day and response-time bucket (rollups/responseCounts.ts): the guild's time
      // to first response over a long range reads these, then only the topics of the buckets
      // holding the median and the p90.
      await db.schema
        .createTable('analytics_response_days')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('day', 'integer', (c) => c.notNull())
        .addColumn('bucket', 'integer', (c) => c.notNull())
        .addColumn('topics', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('analytics_response_days_pk', ['guild_id', 'day', 'bucket'])
        .execute();
      // The same per channel and block of days (rollups/dayBlocks.ts), keyed so that a run of
      // blocks of one level is one index range over every channel.
      await db.schema
        .createTable('analytics_channel_response_blocks')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('level', 'integer', (c) => c.notNull())
        .addColumn('block', 'integer', (c) => c.notNull())
        .addColumn('channel_id', 'text', (c) => c.notNull())
        .addColumn('bucket', 'integer', (c) => c.notNull())
        .addColumn('topics', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('analytics_channel_response_blocks_pk', [
          'guild_id',
          'level',
          'block',
          'channel_id',
          'bucket',
        ])
        .execute();
      // The topics of one bucket in order of response time, the guild's and a channel's
      // (SQLite has had both since 0003).
      if (dialect !== 'sqlite') {
        await sql`CREATE INDEX analytics_topics_response ON analytics_topics
          (guild_id, (first_response_at - posted_at), day) WHERE first_response_at IS NOT NULL`.execute(db);
        await sql`CREATE INDEX analytics_topics_channel_response ON analytics_topics
          (guild_id, channel_id, (first_response_at - posted_at), day) WHERE first_response_at IS NOT NULL`.execute(db);
      }
      // Counts of topics by day or channel now come from the counts above: the day indexes of
      // the topics (0001, 0003) are no longer read, and no longer written.
      for (const index of [
        'analytics_topics_day',
        'analytics_topics_channel',
        'analytics_topics_day_response',
        'analytics_topics_channel_day',
      ]) {
        await db.schema.dropIndex(index).execute();
      }
      await rebuildResponseCounts(db as Kysely<CoreTables>);
    },
  },
  {
    name: '0009_channel_blocks',
    async up(db) {
      // Each channel's counts per aligned block of 8 and 64 days (rollups/channelBlocks.ts):
      // a year of the channel list reads a few dozen rows per channel instead of 365.
      await db.schema
        .createTable('analytics_channel_blocks')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('level', 'integer', (c) => c.notNull())
        .addColumn('block', 'integer', (c) => c.notNull())
        .addColumn('channel_id', 'text', (c) => c.notNull())
        .addColumn('messages', 'integer', (c) => c.notNull())
        .addColumn('replies', 'integer', (c) => c.notNull())
        .addColumn('reactions', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('analytics_channel_blocks_pk', ['guild_id', 'level', 'block', 'channel_id'])
        .execute();
      await rebuildChannelBlocks(db as Kysely<CoreTables>);
    },
  },
];
