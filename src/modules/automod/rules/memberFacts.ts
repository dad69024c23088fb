import type { Platform } from '../../../platform/Platform.js';
import { snowflakeTime as timeOfSnowflake } from '../../../platform/snowflakes.js';

/** What automod needs to know about a member: roles and ages, for exemptions and conditions. */
export interface MemberFacts {
  roles: readonly string[];
  /** Epoch ms, null when unknown. */
  joinedAt: number | null;
  /** Epoch ms, null when unknown. */
  accountCreatedAt: number | null;
}

/**
 * A member's roles and ages, read from the platform (cache-first on both platforms: Discord's
 * gateway-fed member cache, the sandbox's database); null when they are no longer in the
 * guild. The account's age is the time in its snowflake id.
 * @param platform - to read the member
 * @param guildId - the guild
 * @param userId - the member
 */
export async function memberFacts(platform: Platform, guildId: string, userId: string): Promise<MemberFacts | null> {
  const member = await platform.fetchMember(guildId, userId);
  if (member === null) return null;
  return {
    roles: member.roles,
    joinedAt: member.joinedAt > 0 ? member.joinedAt : null,
    accountCreatedAt: snowflakeTime(userId),
  };
}

/**
 * The creation time in a snowflake id, or null for an id that is not one.
 * @param id - a user id
 */
export function snowflakeTime(id: string): number | null {
  if (!/^\d{15,20}$/.test(id)) return null;
  return timeOfSnowflake(id);
}
