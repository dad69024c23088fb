import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';

/** Where an attempt is: being answered, finished (scored), or left until it expired. */
export type AttemptStatus = 'open' | 'completed' | 'expired';

/** One member's attempt at a quiz (`tutorials_quiz_attempts`). */
export interface QuizAttemptTable {
  /** The id of the interaction that started it (carried by its buttons). */
  id: string;
  guild_id: string;
  quiz_id: string;
  user_id: string;
  /** JSON array: the quiz's question indexes in the order asked. */
  question_order: string;
  /** How many questions are answered: the position of the next one. */
  position: number;
  correct: number;
  status: AttemptStatus;
  /** Percent, once completed. */
  score: number | null;
  started_at: number;
  expires_at: number;
  completed_at: number | null;
}

/** One answer of an attempt (`tutorials_quiz_answers`). */
export interface QuizAnswerTable {
  attempt_id: string;
  /** 0-based position in the attempt. */
  position: number;
  /** The question's index in the quiz's `questions`. */
  question: number;
  choice: number;
  correct: number;
  answered_at: number;
}

/** The tables of the quizzes part (prefix `tutorials_`). */
// A type alias, not an interface: Kysely's `withTables` needs an index-signature-compatible type.
export type QuizzesTables = {
  tutorials_quiz_attempts: QuizAttemptTable;
  tutorials_quiz_answers: QuizAnswerTable;
};

/**
 * The database with the quizzes part's tables.
 * @param db - the store's database
 */
export function quizzesDb(db: Kysely<CoreTables>): Kysely<CoreTables & QuizzesTables> {
  return db.withTables<QuizzesTables>();
}
