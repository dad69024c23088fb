import type { InteractionBase } from '../../../core/DomainEvent.js';
import type { RecognitionContext } from '../RecognitionContext.js';

/**
 * Whether the member running a command is staff: the guild owner, or holding one of the
 * roles named in `recognition.staffRoles`.
 * @param ctx - module context
 * @param guildId - the guild
 * @param interaction - the interaction (its member's roles)
 */
export async function isStaff(
  ctx: RecognitionContext,
  guildId: string,
  interaction: Pick<InteractionBase, 'userId' | 'memberRoles'>,
): Promise<boolean> {
  const guild = await ctx.platform.fetchGuild(guildId);
  if (guild.ownerId === interaction.userId) return true;
  const staff = new Set(guild.roles.filter((r) => ctx.config.staffRoles.includes(r.name)).map((r) => r.id));
  return interaction.memberRoles.some((id) => staff.has(id));
}
