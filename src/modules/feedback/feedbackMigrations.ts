import type { Kysely } from 'kysely';
import type { Migration } from '../../store/Migration.js';

async function createItems(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('feedback_items')
    .addColumn('guild_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text')
    .addColumn('thread_id', 'text')
    .addColumn('message_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_note', 'text')
    .addColumn('status_by', 'text')
    .addColumn('status_at', 'bigint', (c) => c.notNull())
    .addColumn('merged_into', 'text')
    .addColumn('sentiment_label', 'text', (c) => c.notNull())
    .addColumn('sentiment_score', 'double precision', (c) => c.notNull())
    .addColumn('critical_reason', 'text')
    .addColumn('critical_alerted_at', 'bigint')
    .addColumn('up_votes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('down_votes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('feedback_items_pk', ['guild_id', 'id'])
    .execute();
  await db.schema
    .createIndex('feedback_items_number')
    .on('feedback_items')
    .columns(['guild_id', 'number'])
    .unique()
    .execute();
  await db.schema
    .createIndex('feedback_items_status')
    .on('feedback_items')
    .columns(['guild_id', 'status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('feedback_items_created')
    .on('feedback_items')
    .columns(['guild_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('feedback_items_thread')
    .on('feedback_items')
    .columns(['guild_id', 'thread_id'])
    .execute();
  await db.schema
    .createIndex('feedback_items_author')
    .on('feedback_items')
    .columns(['guild_id', 'author_id'])
    .execute();
}

async function createMemberTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('feedback_votes')
    .addColumn('guild_id', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('value', 'integer', (c) => c.notNull())
    .addColumn('voted_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('feedback_votes_pk', ['guild_id', 'item_id', 'user_id'])
    .execute();
  await db.schema.createIndex('feedback_votes_user').on('feedback_votes').columns(['guild_id', 'user_id']).execute();
  await db.schema
    .createTable('feedback_followers')
    .addColumn('guild_id', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('since', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('feedback_followers_pk', ['guild_id', 'item_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('feedback_followers_user')
    .on('feedback_followers')
    .columns(['guild_id', 'user_id'])
    .execute();
  await db.schema
    .createTable('feedback_history')
    .addColumn('guild_id', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('from_status', 'text', (c) => c.notNull())
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('by_id', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .execute();
  await db.schema
    .createIndex('feedback_history_item')
    .on('feedback_history')
    .columns(['guild_id', 'item_id', 'at'])
    .execute();
  await db.schema
    .createTable('feedback_prefs')
    .addColumn('guild_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('dm', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('feedback_prefs_pk', ['guild_id', 'user_id'])
    .execute();
  await db.schema
    .createTable('feedback_sentiment_days')
    .addColumn('guild_id', 'text', (c) => c.notNull())
    .addColumn('day', 'integer', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('positive', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('neutral', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('negative', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('score_sum', 'double precision', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('feedback_sentiment_days_pk', ['guild_id', 'day', 'channel_id'])
    .execute();
}

async function createSurveysAndPolls(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('feedback_surveys')
    .addColumn('guild_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text')
    .addColumn('schedule_id', 'text')
    .addColumn('opened_by', 'text')
    .addColumn('opened_at', 'bigint', (c) => c.notNull())
    .addColumn('closes_at', 'bigint', (c) => c.notNull())
    .addColumn('closed_at', 'bigint')
    .addPrimaryKeyConstraint('feedback_surveys_pk', ['guild_id', 'id'])
    .execute();
  await db.schema
    .createIndex('feedback_surveys_opened')
    .on('feedback_surveys')
    .columns(['guild_id', 'opened_at'])
    .execute();
  await db.schema
    .createTable('feedback_survey_responses')
    .addColumn('guild_id', 'text', (c) => c.notNull())
    .addColumn('survey_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('answered_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('feedback_survey_responses_pk', ['guild_id', 'survey_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('feedback_survey_responses_user')
    .on('feedback_survey_responses')
    .columns(['guild_id', 'user_id'])
    .execute();
  await db.schema
    .createTable('feedback_polls')
    .addColumn('guild_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text')
    .addColumn('native', 'integer', (c) => c.notNull())
    .addColumn('opened_by', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'bigint', (c) => c.notNull())
    .addColumn('closes_at', 'bigint', (c) => c.notNull())
    .addColumn('closed_at', 'bigint')
    .addColumn('results', 'text')
    .addPrimaryKeyConstraint('feedback_polls_pk', ['guild_id', 'id'])
    .execute();
  await db.schema
    .createTable('feedback_poll_votes')
    .addColumn('guild_id', 'text', (c) => c.notNull())
    .addColumn('poll_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('answer', 'integer', (c) => c.notNull())
    .addColumn('voted_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('feedback_poll_votes_pk', ['guild_id', 'poll_id', 'user_id', 'answer'])
    .execute();
  await db.schema
    .createIndex('feedback_poll_votes_user')
    .on('feedback_poll_votes')
    .columns(['guild_id', 'user_id'])
    .execute();
  await db.schema
    .createTable('feedback_reports')
    .addColumn('guild_id', 'text', (c) => c.notNull())
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('report', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text')
    .addPrimaryKeyConstraint('feedback_reports_pk', ['guild_id', 'week'])
    .execute();
}

/** Schema of the feedback module's tables. */
export const feedbackMigrations: Migration[] = [
  {
    name: '0001_feedback',
    async up(db) {
      await createItems(db);
      await createMemberTables(db);
      await createSurveysAndPolls(db);
    },
  },
  {
    name: '0002_sentiment_emits',
    async up(db) {
      // Which finished days' sentiment counts were emitted (sentiment/emitFinishedDays.ts).
      await db.schema
        .createTable('feedback_sentiment_emits')
        .addColumn('guild_id', 'text', (c) => c.primaryKey())
        .addColumn('emitted_through', 'integer', (c) => c.notNull())
        .addColumn('late_from', 'integer')
        .execute();
    },
  },
];
