import type { InteractionBase } from '../../../core/DomainEvent.js';
import { isStaffMember } from '../../../core/staffMembers.js';
import type { FeedbackContext } from '../FeedbackContext.js';

/**
 * Whether a member is feedback staff: the guild owner, a member with a role of
 * `feedback.staffRoles` (when empty: the dashboard's admin and moderator roles), or a role
 * granting Administrator.
 * @param ctx - module context
 * @param guildId - the guild
 * @param member - the member (their role ids)
 */
export async function isFeedbackStaff(
  ctx: FeedbackContext,
  guildId: string,
  member: Pick<InteractionBase, 'userId' | 'memberRoles'>,
): Promise<boolean> {
  return isStaffMember(ctx.platform, ctx.community, guildId, member, { roleNames: ctx.config.staffRoles });
}
