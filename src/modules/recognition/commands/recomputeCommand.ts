import type { CommandHandler } from '../../../core/defineModule.js';
import { isStaff } from './isStaff.js';
import type { RecognitionContext } from '../RecognitionContext.js';

/**
 * `/recompute-points` (staff): recomputes every total from the event log, after importing
 * history or changing the points table. It runs in the guild's event order, so nothing
 * live interleaves with it.
 */
export const recomputeCommand: CommandHandler<RecognitionContext> = {
  definition: {
    name: 'recompute-points',
    description: 'Staff: recompute all points, badges and leaderboards from the event log',
  },
  async handle(interaction, ctx) {
    const { userId, interactionId } = interaction.payload;
    if (!(await isStaff(ctx, interaction.guildId, interaction.payload))) {
      return { content: 'Only staff can recompute points.', ephemeral: true };
    }
    await ctx.emit(
      'recognition.recompute_requested',
      { requestedBy: userId, reason: 'staff command' },
      { guildId: interaction.guildId, key: interactionId },
    );
    return { content: 'Recomputing points, badges and leaderboards from the event log.', ephemeral: true };
  },
};
