import type { QuizDetail, QuizList, QuizSummary } from '../../../src/modules/tutorials/quizzes/QuizzesApi.js';
import { getJson } from '../api/http.js';

export type { QuizDetail, QuizList, QuizSummary };

/** Reads every quiz in numbers (`GET /api/tutorials/quizzes`). */
export function fetchQuizzes(): Promise<QuizList> {
  return getJson<QuizList>('/api/tutorials/quizzes');
}

/**
 * Reads one quiz with its questions' answers (`GET /api/tutorials/quizzes/:id`).
 * @param id - the quiz
 */
export function fetchQuiz(id: string): Promise<QuizDetail> {
  return getJson<QuizDetail>(`/api/tutorials/quizzes/${encodeURIComponent(id)}`);
}
