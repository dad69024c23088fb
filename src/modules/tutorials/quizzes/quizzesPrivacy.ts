import type { MemberPrivacy } from '../../../core/MemberPrivacy.js';
import type { TutorialsContext } from '../TutorialsContext.js';
import { QuizStore } from './quizStore.js';

/** A member's data in the quizzes part's tables: their attempts and answers (export and erase). */
export const quizzesPrivacy: MemberPrivacy<TutorialsContext> = {
  async exportMember(ctx, guildId, userId) {
    const store = new QuizStore(ctx.db);
    const attempts = await store.memberAttempts(guildId, userId);
    const answers = await store.answersOfMany(attempts.map((a) => a.id));
    return {
      quizAttempts: attempts.map((a) => ({
        id: a.id,
        quizId: a.quiz_id,
        status: a.status,
        score: a.score,
        correct: a.correct,
        startedAt: a.started_at,
        completedAt: a.completed_at,
        answers: answers
          .filter((x) => x.attempt_id === a.id)
          .sort((x, y) => x.position - y.position)
          .map((x) => ({
            question: x.question,
            choice: x.choice,
            correct: x.correct === 1,
            answeredAt: x.answered_at,
          })),
      })),
    };
  },
  eraseMember(ctx, guildId, userId) {
    return new QuizStore(ctx.db).eraseMember(guildId, userId);
  },
};
