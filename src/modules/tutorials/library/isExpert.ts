import type { InteractionBase } from '../../../core/DomainEvent.js';
import { isModuleStaff, isStaffMember } from '../../../core/staffMembers.js';
import type { TutorialsContext } from '../TutorialsContext.js';

/**
 * Whether a member may review tutorials: a role of `tutorials.library.expertRoles`, or the
 * module's staff (`tutorials.staffRoles`, the owner and Administrator).
 * @param ctx - module context
 * @param guildId - the guild
 * @param member - who pressed
 */
export async function isExpert(
  ctx: TutorialsContext,
  guildId: string,
  member: Pick<InteractionBase, 'userId' | 'memberRoles'>,
): Promise<boolean> {
  const roleNames = ctx.config.library.expertRoles;
  if (roleNames.length > 0 && (await isStaffMember(ctx.platform, ctx.community, guildId, member, { roleNames }))) {
    return true;
  }
  return isModuleStaff(ctx, guildId, member);
}
