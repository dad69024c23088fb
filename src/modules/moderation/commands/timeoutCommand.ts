import type { CommandHandler } from '../../../core/defineModule.js';
import { describeDuration, parseDuration } from '../../../config/Duration.js';
import type { ModerationContext } from '../ModerationContext.js';
import { takeAction } from '../sanctions/takeAction.js';
import { auditCase } from './auditCase.js';
import { clearModeratorTarget } from './moderatorTarget.js';
import { textOption } from './options.js';
import { privately } from './reply.js';

/** `/timeout member duration reason`: mutes a member (beyond 28 days, renewed until the end). */
export const timeoutCommand: CommandHandler<ModerationContext> = {
  definition: {
    name: 'timeout',
    description: 'Time a member out',
    options: [
      { name: 'member', description: 'Who to time out', type: 'user', required: true },
      { name: 'duration', description: 'How long: 10m, 24h, 7d, 8w …', type: 'string', required: true },
      { name: 'reason', description: 'Why (the member is told)', type: 'string', required: true },
    ],
  },
  async handle(interaction, ctx) {
    const written = textOption(interaction, 'duration') ?? '';
    const durationMs = parseDuration(written);
    if (durationMs === null || durationMs <= 0) {
      return privately(`"${written}" is not a duration: write it like 10m, 24h, 7d or 8w.`);
    }
    const cleared = await clearModeratorTarget(ctx, interaction, 'member', true);
    if (!cleared.ok) return privately(cleared.reason);
    const c = await takeAction(ctx, cleared.places, {
      guildId: interaction.guildId,
      userId: cleared.targetId,
      reason: textOption(interaction, 'reason') ?? 'No reason given',
      actorId: interaction.payload.userId,
      sanction: { action: 'timeout', durationMs },
      channelId: interaction.payload.channelId,
      sourceKey: `command:${interaction.payload.interactionId}`,
    });
    await auditCase(ctx, interaction, 'moderation.timeout', c, { durationMs });
    if (c.applyError !== null) return privately(`Case #${c.id} recorded, but the timeout failed: ${c.applyError}`);
    return privately(`Case #${c.id}: <@${cleared.targetId}> is timed out for ${describeDuration(durationMs)}.`);
  },
};
