import type { CommandHandler } from '../../../core/defineModule.js';
import type { InteractionReply } from '../../../platform/Platform.js';
import type { FeedbackContext } from '../FeedbackContext.js';
import { isFeedbackStaff } from '../roles/isFeedbackStaff.js';
import { openPoll } from './openPoll.js';
import { readPollInput } from './pollInput.js';

const privately = (content: string): InteractionReply => ({ content, ephemeral: true });

/**
 * `/poll question answers [duration] [multiselect] [channel]` (staff): posts a quick poll, a
 * Discord native poll where the platform has them (buttons otherwise), closed at the end
 * with the results posted. Discord offers it to members with Manage Messages; the handler
 * checks feedback staff itself.
 */
export const pollCommand: CommandHandler<FeedbackContext> = {
  definition: {
    name: 'poll',
    description: 'Staff: post a quick poll',
    defaultMemberPermissions: ['ManageMessages'],
    options: [
      { name: 'question', description: 'The question (up to 300 characters)', type: 'string', required: true },
      {
        name: 'answers',
        description: '2–10 answers separated by ; or | (up to 55 characters each)',
        type: 'string',
        required: true,
      },
      { name: 'duration', description: 'How long it is open, 1h to 32d (default 24h)', type: 'string' },
      { name: 'multiselect', description: 'Allow several answers per member', type: 'boolean' },
      { name: 'channel', description: 'Where to post it (default: here)', type: 'channel' },
    ],
  },
  async handle(interaction, ctx) {
    const { options, userId, channelId, interactionId } = interaction.payload;
    if (!(await isFeedbackStaff(ctx, interaction.guildId, interaction.payload))) {
      return privately('Only feedback staff can post polls.');
    }
    const input = readPollInput(options, ctx.config.polls.duration);
    if ('refusal' in input) return privately(`${input.refusal} Nothing was posted.`);
    const target = typeof options.channel === 'string' ? options.channel : channelId;
    const guild = await ctx.platform.fetchGuild(interaction.guildId);
    const channel = guild.channels.find((c) => c.id === target);
    if (
      channel === undefined ||
      (channel.kind !== 'text' && channel.kind !== 'announcement' && channel.kind !== 'thread')
    ) {
      return privately('Polls can be posted in a text or announcement channel or a thread. Nothing was posted.');
    }
    const poll = await openPoll(ctx, interaction.guildId, interactionId, channel.id, input, userId);
    return privately(
      `Poll posted in <#${channel.id}>${poll.native === 1 ? ' (a Discord poll)' : ''}; it closes <t:${Math.floor(poll.closes_at / 1000)}:R>.`,
    );
  },
};
