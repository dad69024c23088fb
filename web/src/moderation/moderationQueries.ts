import { queryOptions } from '@tanstack/react-query';
import {
  fetchAppeals,
  fetchAutomodRules,
  fetchCase,
  fetchCases,
  fetchLockdown,
  type CaseFilters,
} from './moderationApi.js';

/** The first key part of every moderation query: a decision or the lockdown's end refreshes them all. */
export const MODERATION_KEY = ['moderation'] as const;

/** The moderation page refreshes its lists this often (and whenever it is opened again). */
export const MODERATION_POLL_MS = 5_000;

/** The pending appeals, oldest first. */
export const pendingAppealsQuery = queryOptions({
  queryKey: [...MODERATION_KEY, 'appeals', 'pending'],
  queryFn: () => fetchAppeals('pending'),
  refetchInterval: MODERATION_POLL_MS,
});

/**
 * A page of cases.
 * @param filters - the filters and paging
 */
export function casesQuery(filters: CaseFilters) {
  return queryOptions({
    queryKey: [...MODERATION_KEY, 'cases', filters],
    queryFn: () => fetchCases(filters),
    refetchInterval: MODERATION_POLL_MS,
  });
}

/**
 * One case with its evidence, appeals and timeline.
 * @param caseNumber - the case
 */
export function caseQuery(caseNumber: number) {
  return queryOptions({
    queryKey: [...MODERATION_KEY, 'case', caseNumber],
    queryFn: () => fetchCase(caseNumber),
  });
}

/** The lockdown in force. */
export const lockdownQuery = queryOptions({
  queryKey: [...MODERATION_KEY, 'lockdown'],
  queryFn: fetchLockdown,
  refetchInterval: MODERATION_POLL_MS,
});

/** Automod's rules by cases and overturns. */
export const automodRulesQuery = queryOptions({
  queryKey: [...MODERATION_KEY, 'automod-rules'],
  queryFn: fetchAutomodRules,
});
