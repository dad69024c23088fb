import type { FeedbackSubcommand } from '../commands/FeedbackSubcommand.js';
import { boolOption } from './commandOptions.js';
import { FeedbackPrefs } from './FeedbackPrefs.js';

/**
 * `/feedback dms allowed:<bool>`: the member's own choice to get feedback notices by DM as
 * well as in the item's thread (Guildhall DMs nobody who did not ask). Emits
 * `feedback.dm_preference`.
 */
export const dmsSubcommand: FeedbackSubcommand = async (interaction, ctx) => {
  const allowed = boolOption(interaction, 'allowed');
  if (allowed === null) return { content: 'Say allowed:true or allowed:false.', ephemeral: true };
  const { guildId } = interaction;
  const { userId, interactionId } = interaction.payload;
  await new FeedbackPrefs(ctx.db).set(guildId, userId, allowed, ctx.clock.now());
  await ctx.emit('feedback.dm_preference', { userId, dm: allowed }, { key: `dms:${interactionId}`, guildId });
  return {
    content: allowed
      ? 'You will get notices of the feedback you follow by DM too (keep DMs from server members open).'
      : 'You will get notices of the feedback you follow in its thread only.',
    ephemeral: true,
  };
};
