import type { InteractionBase } from '../../../core/DomainEvent.js';
import { dashboardSettings } from '../../../config/DashboardConfig.js';
import { PERMISSION_FLAGS } from '../../../platform/discordLimits.js';
import type { AnalyticsContext } from '../AnalyticsContext.js';

const STAFF_PERMISSIONS =
  PERMISSION_FLAGS.Administrator | PERMISSION_FLAGS.ManageGuild | PERMISSION_FLAGS.ViewGuildInsights;

/**
 * Whether the member running an analytics command is staff: the guild owner, a member with a
 * dashboard role (`dashboard.roles`, any level), or a member with a role granting
 * Administrator, Manage Server or View Server Insights (who sees Discord's own insights).
 * @param ctx - module context
 * @param guildId - the guild
 * @param interaction - the interaction (its member's roles)
 */
export async function isAnalyticsStaff(
  ctx: AnalyticsContext,
  guildId: string,
  interaction: Pick<InteractionBase, 'userId' | 'memberRoles'>,
): Promise<boolean> {
  const guild = await ctx.platform.fetchGuild(guildId);
  if (guild.ownerId === interaction.userId) return true;
  const { roles } = dashboardSettings(ctx.community.dashboard);
  const named = new Set([...roles.admin, ...roles.moderator, ...roles.viewer]);
  const held = new Set(interaction.memberRoles);
  return guild.roles.some(
    (role) => held.has(role.id) && (named.has(role.name) || (BigInt(role.permissions) & STAFF_PERMISSIONS) !== 0n),
  );
}
