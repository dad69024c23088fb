import { staffRoles } from '../../../core/staffMembers.js';
import type { SupportContext } from '../SupportContext.js';

/** Who is who for support, by role id. */
export interface SupportRoles {
  /** The guild owner: always staff. */
  ownerId: string;
  /**
   * Role ids of `support.staffRoles` (when empty: the dashboard's admin and moderator roles),
   * and of every role granting Administrator.
   */
  staff: ReadonlySet<string>;
  /** Role ids of `support.helperRoles`. */
  helpers: ReadonlySet<string>;
}

/**
 * The role ids of the configured staff and helper role names (names the guild lacks are left
 * out: `guildhall validate` warns about them).
 * @param ctx - module context
 * @param guildId - the guild
 */
export async function supportRoles(ctx: SupportContext, guildId: string): Promise<SupportRoles> {
  const { ownerId, roleIds } = await staffRoles(ctx.platform, ctx.community, guildId, {
    roleNames: ctx.config.staffRoles,
  });
  const guild = await ctx.platform.fetchGuild(guildId);
  const helpers = new Set(guild.roles.filter((role) => ctx.config.helperRoles.includes(role.name)).map((r) => r.id));
  return { ownerId, staff: roleIds, helpers };
}

/**
 * True when a member with these roles is staff (or the owner).
 * @param roles - from {@link supportRoles}
 * @param userId - the member
 * @param roleIds - the member's role ids
 */
export function isStaff(roles: SupportRoles, userId: string, roleIds: readonly string[]): boolean {
  return userId === roles.ownerId || roleIds.some((id) => roles.staff.has(id));
}

/**
 * True when a member may mark or unmark solutions on any question: staff or a helper.
 * @param roles - from {@link supportRoles}
 * @param userId - the member
 * @param roleIds - the member's role ids
 */
export function canMarkAnySolution(roles: SupportRoles, userId: string, roleIds: readonly string[]): boolean {
  return isStaff(roles, userId, roleIds) || roleIds.some((id) => roles.helpers.has(id));
}

/**
 * The role ids a member holds now: from the platform's member read (cache-first on Discord,
 * meant to be called per message), else, for a member no longer in the guild, as the member
 * directory last saw them ([] when unknown). (The directory alone would miss the roles of
 * members it only saw in messages until its next sync.)
 * @param ctx - module context
 * @param guildId - the guild
 * @param userId - the member
 */
export async function memberRoleIds(ctx: SupportContext, guildId: string, userId: string): Promise<string[]> {
  const member = await ctx.platform.fetchMember(guildId, userId);
  if (member !== null) return member.roles;
  return (await ctx.members.get(guildId, userId))?.roles ?? [];
}

/**
 * True when the user is a bot account (the platform's member read, else the member directory).
 * @param ctx - module context
 * @param guildId - the guild
 * @param userId - the user
 */
export async function isBotUser(ctx: SupportContext, guildId: string, userId: string): Promise<boolean> {
  const member = await ctx.platform.fetchMember(guildId, userId);
  return member?.bot ?? (await ctx.members.get(guildId, userId))?.bot ?? false;
}
