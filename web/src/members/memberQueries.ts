import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import {
  fetchMemberCases,
  fetchMemberProfile,
  fetchMemberRecognition,
  fetchMembers,
  type MemberSearch,
} from './membersApi.js';

/** The member pages re-read their data this often while open. */
export const MEMBERS_REFRESH_MS = 15_000;

/**
 * The member list, page by page ("Load more" asks for the next cursor).
 * @param search - search text, filter and page size
 */
export function membersQuery(search: MemberSearch) {
  return infiniteQueryOptions({
    queryKey: ['members', 'list', search.filter, search.search, search.limit],
    queryFn: ({ pageParam }) => fetchMembers(search, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

/**
 * A member's profile: names, roles, dates, timeline and recent activity.
 * @param userId - the member
 */
export function memberProfileQuery(userId: string) {
  return queryOptions({ queryKey: ['members', 'profile', userId], queryFn: () => fetchMemberProfile(userId) });
}

/**
 * A member's points, rank, level and badges.
 * @param userId - the member
 */
export function memberRecognitionQuery(userId: string) {
  return queryOptions({
    queryKey: ['members', 'recognition', userId],
    queryFn: () => fetchMemberRecognition(userId),
  });
}

/**
 * A member's moderation cases (moderators only).
 * @param userId - the member
 */
export function memberCasesQuery(userId: string) {
  return queryOptions({ queryKey: ['members', 'cases', userId], queryFn: () => fetchMemberCases(userId) });
}
