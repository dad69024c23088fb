import type { InteractionBase } from '../../../core/DomainEvent.js';
import { dashboardSettings } from '../../../config/DashboardConfig.js';
import { PERMISSION_FLAGS } from '../../../platform/discordLimits.js';
import type { FeedbackContext } from '../FeedbackContext.js';

/**
 * Whether a member is feedback staff: the guild owner, a member with a role of
 * `feedback.staffRoles` (when empty: the dashboard's admin and moderator roles), or a role
 * granting Administrator. Discord's own gate on staff commands can be changed by a server's
 * admins, so handlers check this too.
 * @param ctx - module context
 * @param guildId - the guild
 * @param member - the member (their role ids)
 */
export async function isFeedbackStaff(
  ctx: FeedbackContext,
  guildId: string,
  member: Pick<InteractionBase, 'userId' | 'memberRoles'>,
): Promise<boolean> {
  const guild = await ctx.platform.fetchGuild(guildId);
  if (guild.ownerId === member.userId) return true;
  const { roles } = dashboardSettings(ctx.community.dashboard);
  const names = new Set(
    ctx.config.staffRoles.length > 0 ? ctx.config.staffRoles : [...roles.admin, ...roles.moderator],
  );
  const held = new Set(member.memberRoles);
  return guild.roles.some(
    (role) =>
      held.has(role.id) && (names.has(role.name) || (BigInt(role.permissions) & PERMISSION_FLAGS.Administrator) !== 0n),
  );
}
