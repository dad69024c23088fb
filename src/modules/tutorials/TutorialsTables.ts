import type { Kysely } from 'kysely';
import type { CoreTables } from '../../store/CoreTables.js';
import type { LibraryTables } from './library/libraryTables.js';
import type { QuizzesTables } from './quizzes/quizzesTables.js';

/** Every table of the tutorials module: its parts' tables. */
export type TutorialsTables = LibraryTables & QuizzesTables;

/**
 * The database with the tutorials module's tables.
 * @param db - the store's database
 */
export function tutorialsDb(db: Kysely<CoreTables>): Kysely<CoreTables & TutorialsTables> {
  return db.withTables<TutorialsTables>();
}
