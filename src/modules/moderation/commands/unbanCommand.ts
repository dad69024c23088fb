import type { CommandHandler } from '../../../core/defineModule.js';
import { isNotFound } from '../../../platform/PlatformError.js';
import { closeCase } from '../cases/closeCase.js';
import { toCase } from '../cases/ModerationCase.js';
import type { ModerationContext } from '../ModerationContext.js';
import { moderationDb } from '../ModerationTables.js';
import { takeAction } from '../sanctions/takeAction.js';
import { auditCase } from './auditCase.js';
import { clearModeratorTarget } from './moderatorTarget.js';
import { textOption } from './options.js';
import { privately } from './reply.js';

/** `/unban user reason`: lifts a ban early; the ban's case is closed as revoked. */
export const unbanCommand: CommandHandler<ModerationContext> = {
  definition: {
    name: 'unban',
    description: 'Lift a ban',
    options: [
      { name: 'user', description: 'Who to unban (their id)', type: 'user', required: true },
      { name: 'reason', description: 'Why', type: 'string', required: true },
    ],
  },
  async handle(interaction, ctx) {
    const cleared = await clearModeratorTarget(ctx, interaction, 'user', false);
    if (!cleared.ok) return privately(cleared.reason);
    const reason = textOption(interaction, 'reason') ?? 'No reason given';
    const c = await takeAction(ctx, cleared.places, {
      guildId: interaction.guildId,
      userId: cleared.targetId,
      reason,
      actorId: interaction.payload.userId,
      sanction: null,
      action: 'unban',
      sourceKey: `command:${interaction.payload.interactionId}`,
    });
    const notBanned = isNotFound(c.failure?.error, 'ban');
    await auditCase(ctx, interaction, 'moderation.unban', c, { notBanned });
    if (notBanned) {
      return privately(`<@${cleared.targetId}> is not banned (case #${c.id} records the attempt).`);
    }
    if (c.applyError !== null) return privately(`Case #${c.id} recorded, but the unban failed: ${c.applyError}`);
    const bans = await moderationDb(ctx.db)
      .selectFrom('moderation_cases')
      .selectAll()
      .where('guild_id', '=', interaction.guildId)
      .where('user_id', '=', cleared.targetId)
      .where('action', '=', 'ban')
      .where('status', '=', 'active')
      .execute();
    for (const ban of bans) await closeCase(ctx, toCase(ban), 'revoked', `unbanned in case #${c.id}: ${reason}`);
    return privately(`Case #${c.id}: <@${cleared.targetId}> is unbanned.`);
  },
};
