import type { MemberSnapshot } from '../../platform/Platform.js';

const TTL_MS = 60_000;
/** At most this many members read from the platform per call (the rest wait for the next poll). */
const MAX_LOOKUPS = 50;

/** Reads one member from the platform (`platform.fetchMember`), null when not in the guild. */
export type FetchMember = (guildId: string, userId: string) => Promise<MemberSnapshot | null>;

/**
 * Names of members the event log does not know (they joined before Guildhall recorded
 * anything), read from the platform's member list and cached for a minute, absent members
 * too, so polling the dashboard does not ask the platform each time.
 * @param guildId - the guild
 * @param now - injected clock
 * @param fetchMember - reads a member from the platform; without it no name is found
 * @param onError - told when the platform could not be read
 * @returns a lookup: user ids in, userId → display name out (only those the platform has)
 */
export function platformMemberNames(
  guildId: string,
  now: () => number,
  fetchMember: FetchMember | undefined,
  onError: (error: unknown) => void,
): (userIds: Iterable<string>) => Promise<ReadonlyMap<string, string>> {
  const cache = new Map<string, { at: number; name: string | null }>();
  return async (userIds) => {
    const names = new Map<string, string>();
    if (fetchMember === undefined) return names;
    const missing: string[] = [];
    for (const userId of new Set(userIds)) {
      const cached = cache.get(userId);
      if (cached !== undefined && now() - cached.at < TTL_MS) {
        if (cached.name !== null) names.set(userId, cached.name);
      } else if (missing.length < MAX_LOOKUPS) missing.push(userId);
    }
    await Promise.all(
      missing.map(async (userId) => {
        try {
          const member = await fetchMember(guildId, userId);
          const name = member === null ? null : member.displayName || member.username;
          cache.set(userId, { at: now(), name });
          if (name !== null) names.set(userId, name);
        } catch (error) {
          onError(error);
        }
      }),
    );
    return names;
  };
}
