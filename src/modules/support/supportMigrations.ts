import type { Kysely } from 'kysely';
import type { Migration } from '../../store/Migration.js';

async function createQuestions(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('support_questions')
    .addColumn('guild_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('asker_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('last_activity_at', 'bigint', (c) => c.notNull())
    .addColumn('last_asker_at', 'bigint', (c) => c.notNull())
    .addColumn('answers', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('first_response_at', 'bigint')
    .addColumn('first_responder_id', 'text')
    .addColumn('first_response_message_id', 'text')
    .addColumn('answered_by', 'text')
    .addColumn('tier', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('escalate_at', 'bigint')
    .addColumn('nudged_at', 'bigint')
    .addColumn('suggested_message_id', 'text')
    .addColumn('suggested_at', 'bigint')
    .addColumn('solved_at', 'bigint')
    .addColumn('solution_message_id', 'text')
    .addColumn('solution_author_id', 'text')
    .addColumn('solved_by_id', 'text')
    .addColumn('solved_via', 'text')
    .addColumn('archive_at', 'bigint')
    .addColumn('archived_at', 'bigint')
    .addColumn('suggested_similar_at', 'bigint')
    .addPrimaryKeyConstraint('support_questions_pk', ['guild_id', 'id'])
    .execute();
  await db.schema
    .createIndex('support_questions_created')
    .on('support_questions')
    .columns(['guild_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('support_questions_escalate')
    .on('support_questions')
    .columns(['guild_id', 'escalate_at'])
    .execute();
  await db.schema
    .createIndex('support_questions_status')
    .on('support_questions')
    .columns(['guild_id', 'status', 'last_activity_at'])
    .execute();
  await db.schema
    .createIndex('support_questions_asker')
    .on('support_questions')
    .columns(['guild_id', 'asker_id'])
    .execute();
}

async function createParticipation(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('support_participants')
    .addColumn('guild_id', 'text', (c) => c.notNull())
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('staff', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('messages', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('first_at', 'bigint', (c) => c.notNull())
    .addColumn('last_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('support_participants_pk', ['guild_id', 'question_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('support_participants_member')
    .on('support_participants')
    .columns(['guild_id', 'user_id'])
    .execute();
  await db.schema
    .createTable('support_escalations')
    .addColumn('guild_id', 'text', (c) => c.notNull())
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('tier', 'integer', (c) => c.notNull())
    .addColumn('tier_name', 'text', (c) => c.notNull())
    .addColumn('escalated_at', 'bigint', (c) => c.notNull())
    .addColumn('channel_id', 'text')
    .addPrimaryKeyConstraint('support_escalations_pk', ['guild_id', 'question_id', 'tier'])
    .execute();
  await db.schema
    .createTable('support_suggestions')
    .addColumn('guild_id', 'text', (c) => c.notNull())
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('suggested_id', 'text', (c) => c.notNull())
    .addColumn('rank', 'integer', (c) => c.notNull())
    .addColumn('score', 'double precision', (c) => c.notNull())
    .addColumn('suggested_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('support_suggestions_pk', ['guild_id', 'question_id', 'suggested_id'])
    .execute();
}

async function createKnowledgeBase(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('support_articles')
    .addColumn('guild_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('verified_at', 'bigint')
    .addPrimaryKeyConstraint('support_articles_pk', ['guild_id', 'id'])
    .execute();
  await db.schema
    .createIndex('support_articles_author')
    .on('support_articles')
    .columns(['guild_id', 'author_id'])
    .execute();
  await db.schema
    .createTable('support_reviews')
    .addColumn('guild_id', 'text', (c) => c.notNull())
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addColumn('reviewer_id', 'text', (c) => c.notNull())
    .addColumn('accuracy', 'integer', (c) => c.notNull())
    .addColumn('clarity', 'integer', (c) => c.notNull())
    .addColumn('completeness', 'integer', (c) => c.notNull())
    .addColumn('usefulness', 'integer', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reviewed_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('support_reviews_pk', ['guild_id', 'article_id', 'reviewer_id'])
    .execute();
  await db.schema
    .createIndex('support_reviews_member')
    .on('support_reviews')
    .columns(['guild_id', 'reviewer_id'])
    .execute();
}

/** Schema of the support module's tables. */
export const supportMigrations: Migration[] = [
  {
    name: '0001_support',
    async up(db) {
      await createQuestions(db);
      await createParticipation(db);
      await createKnowledgeBase(db);
    },
  },
];
