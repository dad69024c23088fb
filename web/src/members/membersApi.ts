import type { z } from 'zod';
import type { memberCasesRoute } from '../../../src/modules/moderation/http/memberCasesRoute.js';
import type { memberRecognitionRoute } from '../../../src/modules/recognition/http/memberRecognitionRoute.js';
import type { MemberFilter, MemberProfile, MembersResponse } from '../../../src/server/dashboard/members/MembersApi.js';
import { getJson } from '../api/http.js';

export type {
  MemberActivity,
  MemberFilter,
  MemberListItem,
  MemberProfile,
  MemberRole,
  MembersResponse,
  MembershipChange,
} from '../../../src/server/dashboard/members/MembersApi.js';

/** What `GET /api/recognition/members/:userId` answers (the route's zod schema). */
export type MemberRecognition = z.output<(typeof memberRecognitionRoute)['response']>;

/** What `GET /api/moderation/members/:userId/cases` answers (the route's zod schema). */
export type MemberCases = z.output<(typeof memberCasesRoute)['response']>;

/** One case of {@link MemberCases}. */
export type MemberCase = MemberCases['cases'][number];

/** The member list's search, filter and page size. */
export interface MemberSearch {
  search: string;
  filter: MemberFilter;
  limit: number;
}

/**
 * Reads a page of the member list.
 * @param search - search text (empty: everyone), filter and page size
 * @param cursor - `nextCursor` of the previous page; null for the first
 */
export function fetchMembers({ search, filter, limit }: MemberSearch, cursor: string | null): Promise<MembersResponse> {
  const query = new URLSearchParams({ filter, limit: String(limit) });
  if (search !== '') query.set('search', search);
  if (cursor !== null) query.set('cursor', cursor);
  return getJson<MembersResponse>(`/api/members?${query.toString()}`);
}

/**
 * Reads a member's profile (404 for a user neither the platform nor the event log knows).
 * @param userId - the member
 */
export function fetchMemberProfile(userId: string): Promise<MemberProfile> {
  return getJson<MemberProfile>(`/api/members/${encodeURIComponent(userId)}`);
}

/**
 * Reads a member's points, rank, level and badges (404 when recognition is off).
 * @param userId - the member
 */
export function fetchMemberRecognition(userId: string): Promise<MemberRecognition> {
  return getJson<MemberRecognition>(`/api/recognition/members/${encodeURIComponent(userId)}`);
}

/**
 * Reads a member's moderation cases (moderators; 404 when moderation is off).
 * @param userId - the member
 */
export function fetchMemberCases(userId: string): Promise<MemberCases> {
  return getJson<MemberCases>(`/api/moderation/members/${encodeURIComponent(userId)}/cases`);
}
