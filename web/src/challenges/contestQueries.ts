import { queryOptions } from '@tanstack/react-query';
import type { ContestDetail, ContestList } from '../../../src/modules/challenges/contests/http/ContestsApi.js';
import { getJson } from '../api/http.js';

export type { ContestDetail, ContestList };

/** Every contests query starts with this key. */
export const CONTESTS_KEY = ['challenges', 'contests'] as const;

/** Votes come in during a challenge: every half minute. */
const POLL_MS = 30_000;

/** Every challenge with its phase and counts (`GET /api/challenges/contests`). */
export const contestsQuery = queryOptions({
  queryKey: [...CONTESTS_KEY, 'list'],
  queryFn: () => getJson<ContestList>('/api/challenges/contests'),
  refetchInterval: POLL_MS,
});

/**
 * One challenge with its entries, votes, judges' scores and results.
 * @param id - the challenge id
 */
export function contestQuery(id: string) {
  return queryOptions({
    queryKey: [...CONTESTS_KEY, 'detail', id],
    queryFn: () => getJson<ContestDetail>(`/api/challenges/contests/${encodeURIComponent(id)}`),
    refetchInterval: POLL_MS,
  });
}
