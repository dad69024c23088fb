import type { Kysely } from 'kysely';
import type { Migration } from '../../../store/Migration.js';
import { createIndex, createTable } from '../../../store/tableBuilders.js';

async function createQuizTables(db: Kysely<unknown>): Promise<void> {
  await createTable(
    db,
    'tutorials_quiz_attempts',
    [
      ['id', 'text'],
      ['guild_id', 'text'],
      ['quiz_id', 'text'],
      ['user_id', 'text'],
      ['question_order', 'text'],
      ['position', 'integer'],
      ['correct', 'integer'],
      ['status', 'text'],
      ['score', 'integer', 'null'],
      ['started_at', 'bigint'],
      ['expires_at', 'bigint'],
      ['completed_at', 'bigint', 'null'],
    ],
    ['id'],
  );
  await createIndex(db, 'tutorials_quiz_attempts', 'member', ['guild_id', 'user_id', 'quiz_id']);
  await createIndex(db, 'tutorials_quiz_attempts', 'quiz', ['guild_id', 'quiz_id']);
  await createTable(
    db,
    'tutorials_quiz_answers',
    [
      ['attempt_id', 'text'],
      ['position', 'integer'],
      ['question', 'integer'],
      ['choice', 'integer'],
      ['correct', 'integer'],
      ['answered_at', 'bigint'],
    ],
    ['attempt_id', 'position'],
  );
}

/** The quizzes part's migrations, named `0050_…` upwards (the module's other parts use other ranges). */
export const quizzesMigrations: readonly Migration[] = [{ name: '0050_quiz_attempts', up: createQuizTables }];
