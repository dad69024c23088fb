import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { MemberProfile } from '../../../src/server/dashboard/members/MembersApi.js';
import { ApiRequestError, getJson } from '../api/http.js';

/** Names change rarely: read each member once every few minutes at most. */
const NAME_STALE_MS = 5 * 60_000;

/** Turns a user id into what the page shows: their name, else `user …1234`. */
export type NameOf = (userId: string | null) => string;

/**
 * A short stand-in for a member whose name is not known (yet): `user …1234`.
 * @param userId - the user id
 */
export function shortUser(userId: string): string {
  return `user …${userId.slice(-4)}`;
}

/**
 * The user ids mentioned in a text (`<@123>` or `<@!123>`), so their names can be read too.
 * @param text - a case reason, a timeline entry
 */
export function mentionedIds(text: string): string[] {
  return [...text.matchAll(/<@!?(\d{5,25})>/g)].map((match) => match[1] ?? '');
}

/**
 * Writes the mentions of a text as `@name`.
 * @param text - a text with `<@id>` mentions
 * @param nameOf - the page's names
 */
export function withNames(text: string, nameOf: NameOf): string {
  return text.replace(/<@!?(\d{5,25})>/g, (_match, id: string) => `@${nameOf(id)}`);
}

/**
 * The display names of members, read from the member profiles (`GET /api/members/:userId`,
 * which knows members who left too), one cached query per member.
 * @param userIds - the members the page shows (repeats and nulls are fine)
 * @returns a lookup that falls back to `user …1234` while a name loads or when none is known
 */
export function useMemberNames(userIds: Iterable<string | null>): NameOf {
  const ids = [...new Set([...userIds].filter((id): id is string => id !== null && /^\d{1,20}$/.test(id)))].sort();
  const results = useQueries({
    queries: ids.map((userId) => ({
      queryKey: ['member-name', userId],
      queryFn: () => memberName(userId),
      staleTime: NAME_STALE_MS,
    })),
  });
  const key = JSON.stringify(results.map((result, i) => [ids[i] ?? '', result.data ?? null]));
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const [userId, name] of JSON.parse(key) as [string, string | null][]) {
      if (name !== null) names.set(userId, name);
    }
    return (userId) => (userId === null ? 'Guildhall' : (names.get(userId) ?? shortUser(userId)));
  }, [key]);
}

async function memberName(userId: string): Promise<string | null> {
  try {
    const profile = await getJson<MemberProfile>(`/api/members/${encodeURIComponent(userId)}`);
    return profile.name;
  } catch (error) {
    // Nobody knows this user: the stand-in it is.
    if (error instanceof ApiRequestError && error.status === 404) return null;
    throw error;
  }
}
