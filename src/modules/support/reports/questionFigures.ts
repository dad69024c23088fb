import type { Question } from '../store/Questions.js';
import { summariseDurations } from './durationSummary.js';
import type { QuestionFigures } from './SupportReportsApi.js';

/** The columns the figures read. */
export type FigureRow = Pick<Question, 'created_at' | 'first_response_at' | 'answered_by' | 'solved_at'>;

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/**
 * The figures of some questions: how many were answered (by the community, by staff), solved,
 * and how long the first response and the solution took.
 * @param rows - the questions
 */
export function questionFigures(rows: readonly FigureRow[]): QuestionFigures {
  const answered = rows.filter((r) => r.first_response_at !== null);
  const community = answered.filter((r) => r.answered_by !== 'staff').length;
  const solved = rows.filter((r) => r.solved_at !== null);
  return {
    questions: rows.length,
    answered: answered.length,
    communityAnswered: community,
    staffAnswered: answered.length - community,
    communityShare: share(community, answered.length),
    staffShare: share(answered.length - community, answered.length),
    solved: solved.length,
    resolutionRate: share(solved.length, rows.length),
    firstResponse: summariseDurations(answered.map((r) => (r.first_response_at ?? r.created_at) - r.created_at)),
    resolution: summariseDurations(solved.map((r) => (r.solved_at ?? r.created_at) - r.created_at)),
  };
}
