import type { SupportConfig } from '../SupportConfig.js';
import type { Question } from '../store/Questions.js';

type Timing = Pick<SupportConfig, 'nudges'>;

/**
 * When the asker is due a reminder to mark a solution: `nudges.markSolutionAfter` after the
 * latest message of the thread, when that message is an answer (someone other than the asker
 * spoke after the asker's last message). Null when no reminder is due: not answered, solved or
 * dormant, already reminded, or the asker spoke last (they are waiting for an answer).
 * @param question - the question as stored
 * @param config - the support section
 */
export function nudgeDueAt(question: Question, config: Timing): number | null {
  if (question.status !== 'answered' || question.nudged_at !== null || question.first_response_at === null) return null;
  if (question.last_activity_at <= question.last_asker_at) return null;
  return question.last_activity_at + config.nudges.markSolutionAfter;
}

/**
 * When an unsolved question goes dormant: `nudges.dormantAfter` after its latest message by a
 * human. Null when it is solved or already dormant.
 * @param question - the question as stored
 * @param config - the support section
 */
export function dormantDueAt(question: Question, config: Timing): number | null {
  if (question.status !== 'open' && question.status !== 'answered') return null;
  return question.last_activity_at + config.nudges.dormantAfter;
}
