import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  fetchKnowledgeBase,
  fetchQuestion,
  fetchResponseTimes,
  fetchSupportHeroes,
  fetchSupportQueue,
  fetchSupportStats,
  type DayRange,
} from './supportApi.js';

/** Questions come and go as members post: every 30 s keeps the queue fresh without load. */
export const SUPPORT_POLL_MS = 30_000;

/** The support queue. */
export const supportQueueQuery = queryOptions({
  queryKey: ['support', 'queue'],
  queryFn: fetchSupportQueue,
  refetchInterval: SUPPORT_POLL_MS,
});

/**
 * The figures of a range.
 * @param range - first and last day
 */
export function supportStatsQuery(range: DayRange) {
  return queryOptions({
    queryKey: ['support', 'stats', range.from, range.to],
    queryFn: () => fetchSupportStats(range),
    refetchInterval: 60_000,
    placeholderData: keepPreviousData,
  });
}

/**
 * The response-time histogram of a range.
 * @param range - first and last day
 */
export function responseTimesQuery(range: DayRange) {
  return queryOptions({
    queryKey: ['support', 'response-times', range.from, range.to],
    queryFn: () => fetchResponseTimes(range),
    refetchInterval: 60_000,
    placeholderData: keepPreviousData,
  });
}

/**
 * The support heroes of a range.
 * @param range - first and last day
 */
export function supportHeroesQuery(range: DayRange) {
  return queryOptions({
    queryKey: ['support', 'heroes', range.from, range.to],
    queryFn: () => fetchSupportHeroes(range),
    refetchInterval: 60_000,
    placeholderData: keepPreviousData,
  });
}

/**
 * One question.
 * @param id - the thread id
 */
export function questionQuery(id: string) {
  return queryOptions({ queryKey: ['support', 'question', id], queryFn: () => fetchQuestion(id) });
}

/** The knowledge base. */
export const knowledgeBaseQuery = queryOptions({
  queryKey: ['support', 'articles'],
  queryFn: fetchKnowledgeBase,
  refetchInterval: 60_000,
});
