import type { Migration } from '../../store/Migration.js';

/** Schema of the events module's tables. */
export const eventsMigrations: Migration[] = [
  {
    name: '0001_events',
    async up(db) {
      await db.schema
        .createTable('events_events')
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('series_id', 'text')
        .addColumn('local_date', 'text')
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('description', 'text')
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('start_at', 'bigint', (c) => c.notNull())
        .addColumn('end_at', 'bigint', (c) => c.notNull())
        .addColumn('channel_id', 'text')
        .addColumn('location', 'text')
        .addColumn('capacity', 'integer')
        .addColumn('host_id', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('platform_event_id', 'text')
        .addColumn('announce_channel_id', 'text')
        .addColumn('announce_message_id', 'text')
        .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('closed_at', 'bigint')
        .addPrimaryKeyConstraint('events_events_pk', ['guild_id', 'id'])
        .execute();
      await db.schema
        .createIndex('events_events_start')
        .on('events_events')
        .columns(['guild_id', 'start_at'])
        .execute();
      await db.schema
        .createIndex('events_events_platform')
        .on('events_events')
        .columns(['guild_id', 'platform_event_id'])
        .execute();
      await db.schema
        .createTable('events_rsvps')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('event_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('interested', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('waitlisted_at', 'bigint')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('events_rsvps_pk', ['guild_id', 'event_id', 'user_id'])
        .execute();
      await db.schema.createIndex('events_rsvps_member').on('events_rsvps').columns(['guild_id', 'user_id']).execute();
      await db.schema
        .createTable('events_attendance')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('event_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('present_ms', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('unmuted_ms', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('joined_at', 'bigint')
        .addColumn('unmuted_since', 'bigint')
        .addColumn('attended', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('events_attendance_pk', ['guild_id', 'event_id', 'user_id'])
        .execute();
      await db.schema
        .createIndex('events_attendance_member')
        .on('events_attendance')
        .columns(['guild_id', 'user_id'])
        .execute();
      await db.schema
        .createTable('events_surveys')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('event_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('rating', 'integer', (c) => c.notNull())
        .addColumn('content_quality', 'integer', (c) => c.notNull())
        .addColumn('engagement', 'integer', (c) => c.notNull())
        .addColumn('improvements', 'text')
        .addColumn('future_topics', 'text')
        .addColumn('submitted_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('events_surveys_pk', ['guild_id', 'event_id', 'user_id'])
        .execute();
      await db.schema
        .createIndex('events_surveys_member')
        .on('events_surveys')
        .columns(['guild_id', 'user_id'])
        .execute();
      await db.schema
        .createTable('events_members')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('dm_reminders', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('feed_token_hash', 'text')
        .addColumn('feed_created_at', 'bigint')
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('events_members_pk', ['guild_id', 'user_id'])
        .execute();
      await db.schema.createIndex('events_members_feed').on('events_members').columns(['feed_token_hash']).execute();
    },
  },
];
