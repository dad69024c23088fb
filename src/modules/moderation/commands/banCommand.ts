import type { CommandHandler } from '../../../core/defineModule.js';
import { BAN_DELETE_CAP_SECONDS } from '../../../platform/discordLimits.js';
import { describeDuration, parseDuration } from '../../../config/Duration.js';
import type { ModerationContext } from '../ModerationContext.js';
import { takeAction } from '../sanctions/takeAction.js';
import { auditCase } from './auditCase.js';
import { clearModeratorTarget } from './moderatorTarget.js';
import { textOption } from './options.js';
import { privately } from './reply.js';

const SEVEN_DAYS_MS = BAN_DELETE_CAP_SECONDS * 1000;

/** `/ban member reason [duration] [delete_messages]`: bans, for a while or for good. */
export const banCommand: CommandHandler<ModerationContext> = {
  definition: {
    name: 'ban',
    description: 'Ban a member (or any user by id), for a while or permanently',
    options: [
      { name: 'member', description: 'Who to ban', type: 'user', required: true },
      { name: 'reason', description: 'Why (the member is told)', type: 'string', required: true },
      { name: 'duration', description: 'How long: 7d, 30d … (default: permanent)', type: 'string', required: false },
      {
        name: 'delete_messages',
        description: 'Delete their messages of the last: 1h, 1d, 7d (default: none)',
        type: 'string',
        required: false,
      },
    ],
  },
  async handle(interaction, ctx) {
    const writtenDuration = textOption(interaction, 'duration');
    const durationMs =
      writtenDuration === null || writtenDuration.toLowerCase() === 'permanent' ? null : parseDuration(writtenDuration);
    if (
      writtenDuration !== null &&
      writtenDuration.toLowerCase() !== 'permanent' &&
      (durationMs === null || durationMs <= 0)
    ) {
      return privately(`"${writtenDuration}" is not a duration: write it like 7d or 30d, or "permanent".`);
    }
    const writtenDelete = textOption(interaction, 'delete_messages');
    const deleteMs = writtenDelete === null ? 0 : parseDuration(writtenDelete);
    if (deleteMs === null || deleteMs > SEVEN_DAYS_MS) {
      return privately('delete_messages is a duration up to 7d (Discord deletes at most 7 days of messages).');
    }
    const cleared = await clearModeratorTarget(ctx, interaction, 'member', false);
    if (!cleared.ok) return privately(cleared.reason);
    const reason = textOption(interaction, 'reason') ?? 'No reason given';
    const deleteMessageSeconds = Math.floor(deleteMs / 1000);
    const c = await takeAction(ctx, cleared.places, {
      guildId: interaction.guildId,
      userId: cleared.targetId,
      reason,
      actorId: interaction.payload.userId,
      sanction: { action: 'ban', durationMs, deleteMessageSeconds },
      channelId: interaction.payload.channelId,
      sourceKey: `command:${interaction.payload.interactionId}`,
    });
    await auditCase(ctx, interaction, 'moderation.ban', c, { durationMs, deleteMessageSeconds });
    if (c.applyError !== null) return privately(`Case #${c.id} recorded, but the ban failed: ${c.applyError}`);
    const length = durationMs === null ? 'permanently' : `for ${describeDuration(durationMs)} (lifted automatically)`;
    return privately(`Case #${c.id}: <@${cleared.targetId}> is banned ${length}.`);
  },
};
