import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { MemberSnapshot } from '../../../platform/Platform.js';
import { moderationPlaces, type ModerationPlaces } from '../guild/ModerationPlaces.js';
import type { ModerationContext } from '../ModerationContext.js';
import { checkTarget, hasAuthority } from '../permissions/authority.js';
import { textOption } from './options.js';

/** A moderator command allowed to go ahead on a target. */
export interface Cleared {
  ok: true;
  places: ModerationPlaces;
  targetId: string;
  /** Null when the user is not in the server (a ban or unban by id). */
  target: MemberSnapshot | null;
}

/**
 * The checks every moderator command makes before acting on someone: the invoker holds a
 * moderator role (or owns the server), the target option is there, the target is in the
 * server when the action needs it, and the role hierarchy allows it.
 * @param ctx - module context
 * @param interaction - the command
 * @param option - the name of the user option
 * @param needsMember - refuse a user who is not in the server
 */
export async function clearModeratorTarget(
  ctx: ModerationContext,
  interaction: DomainEventOf<'interaction.command'>,
  option: string,
  needsMember: boolean,
): Promise<Cleared | { ok: false; reason: string }> {
  const places = await moderationPlaces(ctx, interaction.guildId);
  const command = interaction.payload.commandName;
  if (!hasAuthority(places, interaction.payload, 'moderator')) {
    return { ok: false, reason: `Only moderators (${ctx.config.moderatorRoles.join(', ')}) can use /${command}.` };
  }
  const targetId = textOption(interaction, option);
  if (targetId === null) return { ok: false, reason: `/${command} needs a ${option}.` };
  // Who may never be moderated is known before asking the platform about the member.
  const early = checkTarget(places, interaction.payload, targetId, null);
  if (!early.ok) return early;
  const target = await ctx.platform.fetchMember(interaction.guildId, targetId);
  if (target === null && needsMember) return { ok: false, reason: `<@${targetId}> is not a member of this server.` };
  const check = checkTarget(places, interaction.payload, targetId, target);
  if (!check.ok) return check;
  return { ok: true, places, targetId, target };
}
