import type { CommandHandler } from '../../core/defineModule.js';
import { memberRank } from './queries/memberRank.js';
import type { RecognitionConfig } from './RecognitionConfig.js';
import { recognitionDb } from './RecognitionTables.js';

/** `/rank [member]`: a member's points and position on the all-time leaderboard. */
export const rankCommand: CommandHandler<RecognitionConfig> = {
  definition: {
    name: 'rank',
    description: 'Show your points and position (or another member’s)',
    options: [{ name: 'member', description: 'Whose rank to show', type: 'user', required: false }],
  },
  async handle(interaction, ctx) {
    const option = interaction.payload.options.member;
    const userId = typeof option === 'string' ? option : interaction.payload.userId;
    const self = userId === interaction.payload.userId;
    const rank = await memberRank(recognitionDb(ctx.db), interaction.guildId, userId);
    if (rank === null) {
      return {
        content: self
          ? 'You have no points yet: post a message to earn your first.'
          : `<@${userId}> has no points yet.`,
        ephemeral: true,
      };
    }
    const points = `${rank.points} ${rank.points === 1 ? 'point' : 'points'}`;
    const who = self ? 'You have' : `<@${userId}> has`;
    return { content: `${who} ${points}: rank #${rank.position} of ${rank.rankedMembers}.`, ephemeral: true };
  },
};
