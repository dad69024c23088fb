import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  fetchGroups,
  fetchLearningOverview,
  fetchMentors,
  fetchMentorships,
  fetchRounds,
  postAssignment,
  postRound,
  type GroupFilter,
  type GroupType,
} from './learningApi.js';

/** Every learning query starts with this key: a staff action refreshes them all. */
export const LEARNING_KEY = ['learning'] as const;

/** Profiles and journeys change slowly: once a minute is enough. */
const POLL_MS = 60_000;

/** The cohort in numbers. */
export const learningOverviewQuery = queryOptions({
  queryKey: [...LEARNING_KEY, 'overview'],
  queryFn: fetchLearningOverview,
  refetchInterval: POLL_MS,
});

/**
 * Study groups.
 * @param status - which groups
 */
export function groupsQuery(status: GroupFilter) {
  return queryOptions({
    queryKey: [...LEARNING_KEY, 'groups', status],
    queryFn: () => fetchGroups(status),
    refetchInterval: POLL_MS,
  });
}

/** The latest rounds. */
export const roundsQuery = queryOptions({
  queryKey: [...LEARNING_KEY, 'rounds'],
  queryFn: fetchRounds,
  refetchInterval: POLL_MS,
});

/** Mentors and their load. */
export const mentorsQuery = queryOptions({
  queryKey: [...LEARNING_KEY, 'mentors'],
  queryFn: fetchMentors,
  refetchInterval: POLL_MS,
});

/** Active mentorships. */
export const mentorshipsQuery = queryOptions({
  queryKey: [...LEARNING_KEY, 'mentorships'],
  queryFn: fetchMentorships,
  refetchInterval: POLL_MS,
});

/** A round previewed or formed by staff; every learning query is refreshed after it. */
export function useFormRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: { type: GroupType; preview: boolean }) => postRound(request.type, request.preview),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: LEARNING_KEY });
    },
  });
}

/** The mentor assignment previewed or run by staff; every learning query is refreshed after it. */
export function useAssignMentors() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (preview: boolean) => postAssignment(preview),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: LEARNING_KEY });
    },
  });
}
