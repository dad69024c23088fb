import type { RouteActor } from '../../../core/defineRoute.js';
import type { ModerationContext } from '../ModerationContext.js';
import type { Invoker } from '../permissions/authority.js';

/**
 * The dashboard user as a Discord reviewer: their id and their current roles in the guild, read
 * from the platform, so the dashboard applies the same authority rules as the buttons (a
 * dashboard role alone grants none). Someone no longer in the guild holds no role.
 * @param ctx - module context
 * @param guildId - the guild
 * @param actor - the signed-in dashboard user
 */
export async function dashboardInvoker(ctx: ModerationContext, guildId: string, actor: RouteActor): Promise<Invoker> {
  const member = await ctx.platform.fetchMember(guildId, actor.userId);
  return { userId: actor.userId, memberRoles: member?.roles ?? [] };
}
