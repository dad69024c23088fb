import type { DashboardSettings } from '../../config/DashboardConfig.js';
import type { GuildSnapshot, MemberSnapshot } from '../../platform/Platform.js';
import type { DashboardRole } from './DashboardAccess.js';

/** What a member may do on the dashboard: a role, or why they are refused. */
export type RoleDecision =
  | { role: DashboardRole }
  | {
      role: null;
      /** `not-member`: not in the guild (or left); `no-role`: none of the dashboard roles. */
      refused: 'not-member' | 'no-role';
    };

/** The guild reads role resolution needs (the bot's view of the guild). */
export interface GuildDirectory {
  fetchGuild(guildId: string): Promise<GuildSnapshot>;
  fetchMember(guildId: string, userId: string): Promise<MemberSnapshot | null>;
}

/** Highest first: a member holding several mapped roles gets the highest. */
const BY_RANK: readonly DashboardRole[] = ['admin', 'moderator', 'viewer'];

/**
 * Decides a member's dashboard role from their Discord roles: the guild owner is admin; else
 * the highest of `dashboard.roles` whose Discord roles (by name) the member holds; else viewer
 * when `allowEveryone`, refused otherwise.
 * @param guild - the guild (its roles name → id, its owner)
 * @param member - the member, or null when they are not in the guild
 * @param settings - the `dashboard:` settings
 */
export function decideDashboardRole(
  guild: GuildSnapshot,
  member: MemberSnapshot | null,
  settings: DashboardSettings,
): RoleDecision {
  if (member === null) return { role: null, refused: 'not-member' };
  if (member.userId === guild.ownerId) return { role: 'admin' };
  const held = new Set(member.roles);
  for (const role of BY_RANK) {
    const names = new Set(settings.roles[role]);
    if (guild.roles.some((r) => names.has(r.name) && held.has(r.id))) return { role };
  }
  return settings.allowEveryone ? { role: 'viewer' } : { role: null, refused: 'no-role' };
}

/**
 * Looks the member up with the bot and decides their dashboard role.
 * @param directory - the platform's guild and member reads
 * @param guildId - the managed guild
 * @param userId - who signs in
 * @param settings - the `dashboard:` settings
 */
export async function resolveDashboardRole(
  directory: GuildDirectory,
  guildId: string,
  userId: string,
  settings: DashboardSettings,
): Promise<RoleDecision> {
  const [guild, member] = await Promise.all([directory.fetchGuild(guildId), directory.fetchMember(guildId, userId)]);
  return decideDashboardRole(guild, member, settings);
}
