import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';

/** The tables of the quizzes part (prefix `tutorials_`). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type QuizzesTables = {};

/**
 * The database with the quizzes part's tables.
 * @param db - the store's database
 */
export function quizzesDb(db: Kysely<CoreTables>): Kysely<CoreTables & QuizzesTables> {
  return db.withTables<QuizzesTables>();
}
