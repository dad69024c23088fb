import type { Platform } from '../../platform/Platform.js';
import type { MemberDirectoryReader } from './MemberDirectoryReader.js';

/** At most this many members read from the platform per call (the rest show their id). */
const MAX_LOOKUPS = 50;

/**
 * Display names of members for the dashboard: the member directory's, and for members it knows
 * only by id (seen before Guildhall recorded their join), the platform's member (at most 50).
 * A member found nowhere keeps their id as name.
 * @param ctx - the member directory and the platform (a module context)
 * @param guildId - the guild
 * @param userIds - the members
 */
export async function memberDisplayNames(
  ctx: { members: MemberDirectoryReader; platform: Pick<Platform, 'fetchMember'> },
  guildId: string,
  userIds: Iterable<string>,
): Promise<Map<string, string>> {
  const ids = [...new Set(userIds)];
  const names = new Map(await ctx.members.names(guildId, ids));
  const unknown = ids.filter((id) => (names.get(id) ?? id) === id).slice(0, MAX_LOOKUPS);
  await Promise.all(
    unknown.map(async (userId) => {
      const member = await ctx.platform.fetchMember(guildId, userId);
      if (member !== null) names.set(userId, member.displayName);
    }),
  );
  return names;
}
