import type { QuestionStatus } from '../SupportTables.js';
import type { Question } from '../store/Questions.js';

/**
 * The status a question goes back to when it is not solved (reopened, or back from dormant):
 * `answered` once someone other than the asker replied, else `open`.
 * @param question - the row
 */
export function unsolvedStatus(question: Pick<Question, 'first_response_at'>): QuestionStatus {
  return question.first_response_at === null ? 'open' : 'answered';
}
