import type { ActionRow } from '../../../platform/Platform.js';
import type { LearningSubcommand } from '../commands/LearningSubcommand.js';
import { checkPair, percent } from './checkPair.js';
import { mentorsChannelId } from './mentorsChannel.js';
import { requestCustomId } from './requestCustomId.js';

/**
 * `/mentor request mentor:<m>`: asks a mentor directly. The pair must pass `checkPair`
 * (floor, capacity, do-not-pair); the mentor gets the request with Accept / Decline buttons,
 * by DM when they allowed DMs, else in `mentors.channel` with a mention. Nothing is stored:
 * the buttons carry the pair, checked again when the mentor answers.
 */
export const requestSubcommand: LearningSubcommand = async (interaction, ctx) => {
  const { guildId } = interaction;
  const { userId: menteeId, options, interactionId } = interaction.payload;
  const mentorId = typeof options.mentor === 'string' ? options.mentor : null;
  if (mentorId === null) return privately('Choose the mentor to ask.');
  const check = await checkPair(ctx, guildId, menteeId, mentorId);
  if (!check.ok) return privately(check.reason);
  const byDm = check.candidates.profiles.get(mentorId)?.dm === 1;
  const channelId = await mentorsChannelId(ctx, guildId);
  if (!byDm && channelId === null) {
    return privately(`<@${mentorId}> cannot be reached: they take no DMs and this community has no mentoring channel.`);
  }
  const components = requestButtons(menteeId, mentorId);
  const text = `<@${menteeId}> asks you to be their mentor (${percent(check.compatibility)} match). Only you can answer.`;
  const nonce = `learning:request:${interactionId}`;
  if (byDm) {
    await ctx.platform.sendDirectMessage(
      guildId,
      mentorId,
      { content: text, components, nonce },
      // A closed DM falls back to the channel with a mention.
      channelId,
    );
  } else if (channelId !== null) {
    await ctx.platform.sendMessage(channelId, {
      content: `<@${mentorId}> ${text}`,
      components,
      allowedUserMentions: [mentorId],
      nonce,
    });
  }
  return privately(
    `Your request went to <@${mentorId}> (${percent(check.compatibility)} match). You will be told when they answer.`,
  );
};

/**
 * The Accept / Decline buttons of a request.
 * @param menteeId - who asks
 * @param mentorId - whom they ask
 */
export function requestButtons(menteeId: string, mentorId: string): ActionRow[] {
  return [
    {
      components: [
        { kind: 'button', customId: requestCustomId(menteeId, mentorId, 'accept'), label: 'Accept', style: 'success' },
        {
          kind: 'button',
          customId: requestCustomId(menteeId, mentorId, 'decline'),
          label: 'Decline',
          style: 'secondary',
        },
      ],
    },
  ];
}

function privately(content: string) {
  return { content, ephemeral: true };
}
