import type { Kysely, Selectable } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { quizzesDb, type QuizAnswerTable, type QuizAttemptTable, type QuizzesTables } from './quizzesTables.js';

/** An attempt as stored. */
export type QuizAttempt = Selectable<QuizAttemptTable>;
/** An answer as stored. */
export type QuizAnswer = Selectable<QuizAnswerTable>;

/** Reads and writes the quizzes part's tables. */
export class QuizStore {
  readonly #db: Kysely<CoreTables & QuizzesTables>;

  /** @param db - the store's database */
  constructor(db: Kysely<CoreTables>) {
    this.#db = quizzesDb(db);
  }

  /**
   * One attempt by id.
   * @param id - the attempt
   */
  attempt(id: string): Promise<QuizAttempt | undefined> {
    return this.#db.selectFrom('tutorials_quiz_attempts').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /**
   * A member's attempts at a quiz, newest first.
   * @param guildId - the guild
   * @param userId - the member
   * @param quizId - the quiz
   */
  attemptsOf(guildId: string, userId: string, quizId: string): Promise<QuizAttempt[]> {
    return this.#db
      .selectFrom('tutorials_quiz_attempts')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .where('quiz_id', '=', quizId)
      .orderBy('started_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
  }

  /**
   * Every attempt of a guild (for the statistics), or of one quiz.
   * @param guildId - the guild
   * @param quizId - one quiz, or every quiz when absent
   */
  attemptsIn(guildId: string, quizId?: string): Promise<QuizAttempt[]> {
    let query = this.#db.selectFrom('tutorials_quiz_attempts').selectAll().where('guild_id', '=', guildId);
    if (quizId !== undefined) query = query.where('quiz_id', '=', quizId);
    return query.execute();
  }

  /**
   * Records a new attempt.
   * @param attempt - the row
   */
  async insertAttempt(attempt: QuizAttempt): Promise<void> {
    await this.#db.insertInto('tutorials_quiz_attempts').values(attempt).execute();
  }

  /**
   * Records an answer and moves the attempt on, only when the attempt is still at `position`
   * (a second press of the same question changes nothing). Returns whether it was recorded.
   * @param answer - the answer
   * @param finish - the attempt's score and time when this was its last question
   */
  async recordAnswer(answer: QuizAnswer, finish: { score: number; at: number } | null): Promise<boolean> {
    const moved = await this.#db
      .updateTable('tutorials_quiz_attempts')
      .set((eb) => ({
        position: answer.position + 1,
        correct: eb('correct', '+', answer.correct),
        ...(finish === null ? {} : { status: 'completed' as const, score: finish.score, completed_at: finish.at }),
      }))
      .where('id', '=', answer.attempt_id)
      .where('position', '=', answer.position)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) === 0) return false;
    await this.#db.insertInto('tutorials_quiz_answers').values(answer).execute();
    return true;
  }

  /**
   * Marks an open attempt expired.
   * @param id - the attempt
   */
  async expire(id: string): Promise<void> {
    await this.#db
      .updateTable('tutorials_quiz_attempts')
      .set({ status: 'expired' })
      .where('id', '=', id)
      .where('status', '=', 'open')
      .execute();
  }

  /**
   * The answers of an attempt, in order.
   * @param attemptId - the attempt
   */
  answersOf(attemptId: string): Promise<QuizAnswer[]> {
    return this.#db
      .selectFrom('tutorials_quiz_answers')
      .selectAll()
      .where('attempt_id', '=', attemptId)
      .orderBy('position')
      .execute();
  }

  /**
   * The answers of many attempts.
   * @param attemptIds - the attempts
   */
  async answersOfMany(attemptIds: readonly string[]): Promise<QuizAnswer[]> {
    if (attemptIds.length === 0) return [];
    return this.#db
      .selectFrom('tutorials_quiz_answers')
      .selectAll()
      .where('attempt_id', 'in', [...attemptIds])
      .execute();
  }

  /**
   * A member's attempts in a guild (for export and erase).
   * @param guildId - the guild
   * @param userId - the member
   */
  memberAttempts(guildId: string, userId: string): Promise<QuizAttempt[]> {
    return this.#db
      .selectFrom('tutorials_quiz_attempts')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .orderBy('started_at')
      .execute();
  }

  /**
   * Deletes a member's attempts and their answers; returns how many rows went.
   * @param guildId - the guild
   * @param userId - the member
   */
  async eraseMember(guildId: string, userId: string): Promise<number> {
    const ids = (await this.memberAttempts(guildId, userId)).map((a) => a.id);
    if (ids.length === 0) return 0;
    const answers = await this.#db
      .deleteFrom('tutorials_quiz_answers')
      .where('attempt_id', 'in', ids)
      .executeTakeFirst();
    const attempts = await this.#db.deleteFrom('tutorials_quiz_attempts').where('id', 'in', ids).executeTakeFirst();
    return Number(answers.numDeletedRows) + Number(attempts.numDeletedRows);
  }
}
