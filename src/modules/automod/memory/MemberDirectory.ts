import type { Platform } from '../../../platform/Platform.js';

/** What automod knows about a member: roles and ages, for exemptions and conditions. */
export interface MemberFacts {
  roles: readonly string[];
  /** Epoch ms, null when unknown. */
  joinedAt: number | null;
  /** Epoch ms, null when unknown. */
  accountCreatedAt: number | null;
  /** Epoch ms this was learnt (re-read from the platform after {@link STALE_AFTER_MS}). */
  learntAt: number;
}

/** Facts older than this are read again (a missed role change cannot linger for long). */
export const STALE_AFTER_MS = 60 * 60_000;
const MAX_MEMBERS = 50_000;
const DISCORD_EPOCH = 1_420_070_400_000;

/**
 * Members' roles and ages, kept up to date from `member.joined` / `member.updated` /
 * `member.left` and read from the platform only for a member automod has not seen (and
 * only when a rule matched: most messages never need it).
 */
export class MemberDirectory {
  readonly #members = new Map<string, MemberFacts>();

  /**
   * Records what a join or update said about a member.
   * @param guildId - the guild
   * @param userId - the member
   * @param facts - roles and ages
   */
  remember(guildId: string, userId: string, facts: MemberFacts): void {
    const key = `${guildId}:${userId}`;
    this.#members.delete(key);
    this.#members.set(key, facts);
    if (this.#members.size > MAX_MEMBERS) {
      const oldest = this.#members.keys().next();
      if (oldest.done !== true) this.#members.delete(oldest.value);
    }
  }

  /**
   * Updates a known member's roles (an unknown member stays unknown: read when needed).
   * @param guildId - the guild
   * @param userId - the member
   * @param roles - the roles now
   * @param now - epoch ms
   */
  updateRoles(guildId: string, userId: string, roles: readonly string[], now: number): void {
    const known = this.#members.get(`${guildId}:${userId}`);
    if (known !== undefined) this.remember(guildId, userId, { ...known, roles, learntAt: now });
  }

  /** Forgets a member who left. */
  forget(guildId: string, userId: string): void {
    this.#members.delete(`${guildId}:${userId}`);
  }

  /**
   * A member's facts, from memory or (unknown or stale) from the platform; null when they
   * are no longer in the guild.
   * @param platform - to read the member
   * @param guildId - the guild
   * @param userId - the member
   * @param now - epoch ms
   */
  async get(platform: Platform, guildId: string, userId: string, now: number): Promise<MemberFacts | null> {
    const known = this.#members.get(`${guildId}:${userId}`);
    if (known !== undefined && now - known.learntAt < STALE_AFTER_MS) return known;
    const member = await platform.fetchMember(guildId, userId);
    if (member === null) return null;
    const facts: MemberFacts = {
      roles: member.roles,
      joinedAt: member.joinedAt > 0 ? member.joinedAt : null,
      accountCreatedAt: known?.accountCreatedAt ?? snowflakeTime(userId),
      learntAt: now,
    };
    this.remember(guildId, userId, facts);
    return facts;
  }
}

/** The creation time in a snowflake user id, or null for an id that is not one. */
function snowflakeTime(id: string): number | null {
  if (!/^\d{15,20}$/.test(id)) return null;
  return Number(BigInt(id) >> 22n) + DISCORD_EPOCH;
}
