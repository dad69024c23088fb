import type { MemberPayload } from './memberSnapshot.js';
import type { CachedMember } from './NormaliseContext.js';
import { timestampMs } from './snowflakeTime.js';

/**
 * What a member object from a gateway dispatch says of the parts normalisers compare against
 * (roles, nickname, screening, join time), over what the gateway said before: a field the
 * payload leaves out keeps its previous value, as discord.js's member cache keeps it.
 * @param d - a member object, read by `memberPayload` (GUILD_CREATE's members,
 *   GUILD_MEMBER_ADD/UPDATE, a chunk's members, the member of a message, an interaction, a
 *   reaction or a voice state)
 * @param previous - what the gateway said of the member before, if anything
 * @param roles - the member's roles as stored beside it (shared, never changed in place)
 */
export function gatewayMemberState(
  d: MemberPayload,
  previous: CachedMember | undefined,
  roles: string[],
): CachedMember {
  const joined = d.joined_at === undefined ? (previous?.joinedAt ?? null) : timestampMs(d.joined_at, Number.NaN);
  return {
    roles,
    nickname: d.nick === undefined ? (previous?.nickname ?? null) : d.nick,
    pending: d.pending ?? previous?.pending ?? false,
    joinedAt: joined === null || Number.isNaN(joined) ? null : joined,
  };
}
