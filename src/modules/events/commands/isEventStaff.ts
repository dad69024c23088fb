import type { InteractionBase } from '../../../core/DomainEvent.js';
import { dashboardSettings } from '../../../config/DashboardConfig.js';
import { PERMISSION_FLAGS } from '../../../platform/discordLimits.js';
import type { EventsContext } from '../EventsContext.js';

const STAFF_PERMISSIONS = PERMISSION_FLAGS.Administrator | PERMISSION_FLAGS.ManageGuild | PERMISSION_FLAGS.ManageEvents;

/**
 * Whether the member running `/event` (or submitting its form) is events staff: the guild
 * owner, a member with a dashboard admin or moderator role (`dashboard.roles`), or a member
 * with a role granting Administrator, Manage Server or Manage Events. Discord's own gate
 * (`defaultMemberPermissions`) can be changed by a server's admins, so the handler checks too.
 * @param ctx - module context
 * @param guildId - the guild
 * @param interaction - the interaction (its member's roles)
 */
export async function isEventStaff(
  ctx: EventsContext,
  guildId: string,
  interaction: Pick<InteractionBase, 'userId' | 'memberRoles'>,
): Promise<boolean> {
  const guild = await ctx.platform.fetchGuild(guildId);
  if (guild.ownerId === interaction.userId) return true;
  const { roles } = dashboardSettings(ctx.community.dashboard);
  const named = new Set([...roles.admin, ...roles.moderator]);
  const held = new Set(interaction.memberRoles);
  return guild.roles.some(
    (role) => held.has(role.id) && (named.has(role.name) || (BigInt(role.permissions) & STAFF_PERMISSIONS) !== 0n),
  );
}
