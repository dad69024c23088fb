import type { InteractionBase } from '../../core/DomainEvent.js';
import type { PrivacyContext } from './PrivacyContext.js';

/**
 * True when the member may act on another member's data: the server owner, or a member with
 * one of `privacy.staffRoles` (by name or id).
 * @param ctx - module context
 * @param guildId - the guild
 * @param invoker - who clicked or ran the command (roles from the interaction; fetched when it
 *   came from a direct message, which carries none)
 */
export async function isPrivacyStaff(
  ctx: PrivacyContext,
  guildId: string,
  invoker: Pick<InteractionBase, 'userId' | 'memberRoles' | 'inDirectMessage'>,
): Promise<boolean> {
  const guild = await ctx.platform.fetchGuild(guildId);
  if (invoker.userId === guild.ownerId) return true;
  const staff = new Set(
    guild.roles
      .filter((r) => ctx.config.staffRoles.includes(r.name) || ctx.config.staffRoles.includes(r.id))
      .map((r) => r.id),
  );
  let roles: readonly string[] = invoker.memberRoles;
  if (invoker.inDirectMessage === true) roles = (await ctx.platform.fetchMember(guildId, invoker.userId))?.roles ?? [];
  return roles.some((r) => staff.has(r));
}
