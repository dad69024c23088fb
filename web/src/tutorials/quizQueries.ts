import { queryOptions } from '@tanstack/react-query';
import { fetchQuiz, fetchQuizzes } from './quizzesApi.js';

/** Every quiz query starts with this key. */
export const QUIZZES_KEY = ['tutorials', 'quizzes'] as const;

/** Attempts come in slowly: once a minute is enough. */
const POLL_MS = 60_000;

/** Every quiz in numbers. */
export const quizzesQuery = queryOptions({
  queryKey: [...QUIZZES_KEY, 'list'],
  queryFn: fetchQuizzes,
  refetchInterval: POLL_MS,
});

/**
 * One quiz with its questions.
 * @param id - the quiz
 */
export function quizQuery(id: string) {
  return queryOptions({
    queryKey: [...QUIZZES_KEY, 'one', id],
    queryFn: () => fetchQuiz(id),
    refetchInterval: POLL_MS,
  });
}
