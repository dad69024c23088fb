import type { LearningSubcommand } from '../commands/LearningSubcommand.js';
import { setAvoid } from '../store/profileStore.js';
import { boolOption, stringOption } from './commandOptions.js';

/**
 * `/learn avoid member:<m> [stop]`: adds a member to (or with stop:true removes them from)
 * the do-not-pair list: they are never grouped or matched with you, either way round. Private:
 * answered ephemerally, the other member is not told. Emits `learning.avoid_changed`.
 */
export const avoidSubcommand: LearningSubcommand = async (interaction, ctx) => {
  const otherId = stringOption(interaction, 'member');
  if (otherId === null) return { content: 'Choose a member.', ephemeral: true };
  const { guildId } = interaction;
  const { userId, interactionId } = interaction.payload;
  if (otherId === userId) return { content: 'You cannot put yourself on your do-not-pair list.', ephemeral: true };
  const avoid = boolOption(interaction, 'stop') !== true;
  const changed = await setAvoid(ctx.db, guildId, userId, otherId, avoid, ctx.clock.now());
  if (changed) {
    await ctx.emit('learning.avoid_changed', { userId, otherId, avoid }, { key: `avoid:${interactionId}`, guildId });
  }
  const content = avoid
    ? `<@${otherId}> is ${changed ? 'now' : 'already'} on your do-not-pair list: you will not be grouped or matched with them. They are not told.`
    : changed
      ? `<@${otherId}> is off your do-not-pair list.`
      : `<@${otherId}> was not on your do-not-pair list.`;
  return { content, ephemeral: true };
};
