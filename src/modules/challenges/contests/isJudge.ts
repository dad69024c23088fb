import { isModuleStaff } from '../../../core/staffMembers.js';
import type { InteractionBase } from '../../../core/DomainEvent.js';
import type { ChallengesContext } from '../ChallengesContext.js';

/**
 * Whether a member may judge: one of `challenges.contests.judgeRoles` (by name or id), or
 * the module's staff.
 * @param ctx - module context
 * @param guildId - the guild
 * @param member - the member (their role ids)
 */
export async function isJudge(
  ctx: ChallengesContext,
  guildId: string,
  member: Pick<InteractionBase, 'userId' | 'memberRoles'>,
): Promise<boolean> {
  const names = ctx.config.contests.judgeRoles;
  if (names.length > 0) {
    const guild = await ctx.platform.fetchGuild(guildId);
    const ids = new Set(guild.roles.filter((r) => names.includes(r.name) || names.includes(r.id)).map((r) => r.id));
    if (member.memberRoles.some((id) => ids.has(id))) return true;
  }
  return isModuleStaff(ctx, guildId, member);
}
