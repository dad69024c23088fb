import type { InteractionBase } from '../../../core/DomainEvent.js';
import type { LearningContext } from '../LearningContext.js';

/**
 * Why a member may not register as a mentor, or null when they may: with
 * `mentors.mentorRoles` set, only members holding one of those roles (by name) may.
 * @param ctx - module context (config, platform to resolve role names)
 * @param guildId - the guild
 * @param member - the member's role ids
 */
export async function mentorRoleRefusal(
  ctx: LearningContext,
  guildId: string,
  member: Pick<InteractionBase, 'memberRoles'>,
): Promise<string | null> {
  const names = ctx.config.mentors.mentorRoles;
  if (names.length === 0) return null;
  const guild = await ctx.platform.fetchGuild(guildId);
  const allowed = new Set(guild.roles.filter((role) => names.includes(role.name)).map((role) => role.id));
  if (member.memberRoles.some((id) => allowed.has(id))) return null;
  return `Only members with one of these roles can register as mentors: ${names.join(', ')}.`;
}
