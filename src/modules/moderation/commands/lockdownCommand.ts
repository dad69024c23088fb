import type { CommandHandler } from '../../../core/defineModule.js';
import { describeDuration, parseDuration } from '../../../config/Duration.js';
import { moderationPlaces } from '../guild/ModerationPlaces.js';
import { endLockdown } from '../lockdown/endLockdown.js';
import { lockdownProgress } from '../lockdown/lockdownProgress.js';
import { startLockdown } from '../lockdown/startLockdown.js';
import type { ModerationContext } from '../ModerationContext.js';
import { hasAuthority } from '../permissions/authority.js';
import { textOption } from './options.js';
import { privately } from './reply.js';

/** `/lockdown action:start|end [duration] [reason]`: raid mode by hand. */
export const lockdownCommand: CommandHandler<ModerationContext> = {
  definition: {
    name: 'lockdown',
    description: 'Lock the server down (raid mode), or end the lockdown',
    options: [
      {
        name: 'action',
        description: 'start or end',
        type: 'string',
        required: true,
        choices: [
          { name: 'start', value: 'start' },
          { name: 'end', value: 'end' },
        ],
      },
      {
        name: 'duration',
        description: 'Lift automatically after: 30m, 2h … (default: by hand)',
        type: 'string',
        required: false,
      },
      { name: 'reason', description: 'Why', type: 'string', required: false },
    ],
  },
  async handle(interaction, ctx, progress) {
    const places = await moderationPlaces(ctx, interaction.guildId);
    if (!hasAuthority(places, interaction.payload, 'moderator')) {
      return privately(`Only moderators (${ctx.config.moderatorRoles.join(', ')}) can use /lockdown.`);
    }
    // Locking every channel of a large server takes longer than Discord waits for an answer:
    // answer at once, and show how far it got.
    progress.defer();
    const action = textOption(interaction, 'action');
    const reason = textOption(interaction, 'reason') ?? `by <@${interaction.payload.userId}>`;
    const sourceKey = `command:${interaction.payload.interactionId}`;
    const audit = (
      verb: 'lockdown_start' | 'lockdown_end',
      details: Record<string, string | number | boolean | null>,
    ) =>
      ctx.audit({
        guildId: interaction.guildId,
        actor: `discord:${interaction.payload.userId}`,
        action: `moderation.${verb}`,
        target: null,
        details: { reason, ...details },
      });
    if (action === 'end') {
      const ended = await endLockdown(ctx, places, {
        reason,
        endedBy: interaction.payload.userId,
        sourceKey,
        onChannel: lockdownProgress(progress, ctx.clock, 'Unlocking'),
      });
      if (ended) await audit('lockdown_end', {});
      return privately(ended ? 'Lockdown ended: channels are back as they were.' : 'There is no lockdown to end.');
    }
    const written = textOption(interaction, 'duration');
    const durationMs = written === null ? null : parseDuration(written);
    if (written !== null && (durationMs === null || durationMs <= 0)) {
      return privately(`"${written}" is not a duration: write it like 30m or 2h.`);
    }
    const outcome = await startLockdown(ctx, places, {
      reason,
      durationMs,
      startedBy: interaction.payload.userId,
      sourceKey,
      onChannel: lockdownProgress(progress, ctx.clock, 'Locking'),
    });
    await audit('lockdown_start', {
      lockdownId: outcome.lockdownId,
      durationMs,
      extended: outcome.extended,
      channels: outcome.channels,
    });
    const until = durationMs === null ? 'until `/lockdown action:end`' : `for ${describeDuration(durationMs)}`;
    return privately(
      outcome.extended
        ? 'A lockdown is already on; its end was moved.'
        : `Lockdown started in ${outcome.channels} channels, ${until}.`,
    );
  },
};
