// The quizzes part's events: payload types (merged into core's EventPayloads) and a summary each;
// `tutorialsEvents` joins the parts' definitions. No member-written text in payloads (quiz ids
// come from community.yaml; answers stay in the part's tables).
import type { EventDefinition } from '../../../core/defineEvents.js';

declare module '../../../core/DomainEvent.js' {
  interface EventPayloads {
    /** A member started an attempt at a quiz. */
    'tutorials.quiz_started': { quizId: string; userId: string; attemptId: string };
    /** A member answered a quiz's last question: their score in percent and whether it passes. */
    'tutorials.quiz_completed': { quizId: string; userId: string; attemptId: string; score: number; passed: boolean };
  }
}

/** The quizzes part's event types. */
export type QuizzesEventType = 'tutorials.quiz_started' | 'tutorials.quiz_completed';

/** A summary line for each of the part's event types. */
export const quizzesEvents: { [T in QuizzesEventType]: EventDefinition<T> } = {
  'tutorials.quiz_started': { summary: (p, n) => `${n.user(p.userId)} started the quiz ${p.quizId}` },
  'tutorials.quiz_completed': {
    summary: (p, n) =>
      `${n.user(p.userId)} scored ${p.score}% on the quiz ${p.quizId} (${p.passed ? 'passed' : 'not passed'})`,
  },
};
