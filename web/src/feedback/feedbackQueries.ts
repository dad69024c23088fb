import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  changeItemStatus,
  fetchFeedbackBoard,
  fetchFeedbackItem,
  fetchNps,
  fetchSentiment,
  fetchTopVoted,
  fetchWeeklyReport,
  mergeItem,
  type DayRange,
  type SettableStatus,
} from './feedbackApi.js';

/** Every feedback query starts with this key: a status change refreshes them all. */
export const FEEDBACK_KEY = ['feedback'] as const;

/** Items and votes change as members post: every 30 s keeps the board fresh without load. */
export const FEEDBACK_POLL_MS = 30_000;

/** The status board. */
export const feedbackBoardQuery = queryOptions({
  queryKey: [...FEEDBACK_KEY, 'board'],
  queryFn: fetchFeedbackBoard,
  refetchInterval: FEEDBACK_POLL_MS,
});

/** The ten most voted items. */
export const topVotedQuery = queryOptions({
  queryKey: [...FEEDBACK_KEY, 'top'],
  queryFn: () => fetchTopVoted(10),
  refetchInterval: FEEDBACK_POLL_MS,
});

/**
 * One item.
 * @param number - the item's number
 */
export function feedbackItemQuery(number: number) {
  return queryOptions({ queryKey: [...FEEDBACK_KEY, 'item', number], queryFn: () => fetchFeedbackItem(number) });
}

/**
 * Sentiment per day of a range.
 * @param range - first and last day
 */
export function sentimentQuery(range: DayRange) {
  return queryOptions({
    queryKey: [...FEEDBACK_KEY, 'sentiment', range.from, range.to],
    queryFn: () => fetchSentiment(range),
    refetchInterval: 60_000,
    placeholderData: keepPreviousData,
  });
}

/** Survey results of the last year. */
export const npsQuery = queryOptions({
  queryKey: [...FEEDBACK_KEY, 'nps'],
  queryFn: fetchNps,
  refetchInterval: 60_000,
});

/** This week's report. */
export const weeklyReportQuery = queryOptions({
  queryKey: [...FEEDBACK_KEY, 'report'],
  queryFn: fetchWeeklyReport,
  refetchInterval: 60_000,
});

/** A status change by staff; every feedback query is refreshed once it is recorded. */
export function useChangeStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { number: number; status: SettableStatus; note: string | null }) =>
      changeItemStatus(change.number, change.status, change.note),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: FEEDBACK_KEY });
    },
  });
}

/** A merge by staff; every feedback query is refreshed once it is recorded. */
export function useMergeItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (merge: { number: number; into: number }) => mergeItem(merge.number, merge.into),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: FEEDBACK_KEY });
    },
  });
}
