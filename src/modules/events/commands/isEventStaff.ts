import type { InteractionBase } from '../../../core/DomainEvent.js';
import { isStaffMember } from '../../../core/staffMembers.js';
import { PERMISSION_FLAGS } from '../../../platform/discordLimits.js';
import type { EventsContext } from '../EventsContext.js';

/**
 * Whether the member running `/event` (or submitting its form) is events staff: the guild
 * owner, a member with a dashboard admin or moderator role (`dashboard.roles`), or a member
 * with a role granting Administrator, Manage Server or Manage Events.
 * @param ctx - module context
 * @param guildId - the guild
 * @param interaction - the interaction (its member's roles)
 */
export async function isEventStaff(
  ctx: EventsContext,
  guildId: string,
  interaction: Pick<InteractionBase, 'userId' | 'memberRoles'>,
): Promise<boolean> {
  return isStaffMember(ctx.platform, ctx.community, guildId, interaction, {
    roleNames: [],
    permissions: PERMISSION_FLAGS.ManageGuild | PERMISSION_FLAGS.ManageEvents,
  });
}
