import type { InteractionBase } from './DomainEvent.js';
import type { CommunityConfig } from '../config/CommunityConfig.js';
import { dashboardSettings } from '../config/DashboardConfig.js';
import { PERMISSION_FLAGS } from '../platform/discordLimits.js';
import type { Platform } from '../platform/Platform.js';

/** Who a module counts as its staff. */
export interface StaffRule {
  /** Role names of the module's `staffRoles`; when empty, the dashboard's admin and moderator roles. */
  roleNames: readonly string[];
  /** Permission bits that also make a member staff (Administrator always does). */
  permissions?: bigint;
}

/** The role ids that make a member staff, and the owner (always staff). */
export interface StaffRoles {
  ownerId: string;
  roleIds: ReadonlySet<string>;
}

/**
 * The ids of a guild's staff roles under a rule: roles named in `rule.roleNames` (when empty:
 * the dashboard's admin and moderator roles, `dashboard.roles`) and roles granting Administrator
 * or any of `rule.permissions`. Names the guild lacks are left out (`guildhall validate` warns).
 * Discord's own gate on staff commands (`defaultMemberPermissions`) can be changed by a
 * server's admins, so modules check this too.
 * @param platform - reads the guild
 * @param community - the parsed community.yaml (its dashboard roles)
 * @param guildId - the guild
 * @param rule - the module's staff rule
 */
export async function staffRoles(
  platform: Pick<Platform, 'fetchGuild'>,
  community: Pick<CommunityConfig, 'dashboard'>,
  guildId: string,
  rule: StaffRule,
): Promise<StaffRoles> {
  const guild = await platform.fetchGuild(guildId);
  const { roles } = dashboardSettings(community.dashboard);
  const names = new Set(rule.roleNames.length > 0 ? rule.roleNames : [...roles.admin, ...roles.moderator]);
  const bits = PERMISSION_FLAGS.Administrator | (rule.permissions ?? 0n);
  const roleIds = new Set(
    guild.roles.filter((role) => names.has(role.name) || (BigInt(role.permissions) & bits) !== 0n).map((r) => r.id),
  );
  return { ownerId: guild.ownerId, roleIds };
}

/**
 * True when a member is the owner or holds one of the staff roles.
 * @param roles - from {@link staffRoles}
 * @param member - the member and their role ids
 */
export function holdsStaffRole(roles: StaffRoles, member: Pick<InteractionBase, 'userId' | 'memberRoles'>): boolean {
  return member.userId === roles.ownerId || member.memberRoles.some((id) => roles.roleIds.has(id));
}

/**
 * Whether a member is staff under a rule (see {@link staffRoles}).
 * @param platform - reads the guild
 * @param community - the parsed community.yaml
 * @param guildId - the guild
 * @param member - the member (their role ids)
 * @param rule - the module's staff rule
 */
export async function isStaffMember(
  platform: Pick<Platform, 'fetchGuild'>,
  community: Pick<CommunityConfig, 'dashboard'>,
  guildId: string,
  member: Pick<InteractionBase, 'userId' | 'memberRoles'>,
  rule: StaffRule,
): Promise<boolean> {
  return holdsStaffRole(await staffRoles(platform, community, guildId, rule), member);
}

/** What {@link isModuleStaff} reads of a module's context: a config with `staffRoles`. */
export interface StaffAwareContext {
  platform: Pick<Platform, 'fetchGuild'>;
  community: Pick<CommunityConfig, 'dashboard'>;
  config: { staffRoles: readonly string[] };
}

/**
 * Whether a member is staff of a module whose section has `staffRoles`: the guild owner, a
 * member with one of those roles (when empty: the dashboard's admin and moderator roles), or a
 * role granting Administrator.
 * @param ctx - the module's context
 * @param guildId - the guild
 * @param member - the member (their role ids)
 */
export function isModuleStaff(
  ctx: StaffAwareContext,
  guildId: string,
  member: Pick<InteractionBase, 'userId' | 'memberRoles'>,
): Promise<boolean> {
  return isStaffMember(ctx.platform, ctx.community, guildId, member, { roleNames: ctx.config.staffRoles });
}
