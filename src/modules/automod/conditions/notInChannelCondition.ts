import { z } from 'zod';
import { defineCondition } from '../parts/ConditionPart.js';
import { ChannelNames } from './names.js';
import { channelIds } from './resolveNames.js';

/** `not_in_channel`: it happened outside the channels. */
export const notInChannelCondition = defineCondition({
  id: 'not_in_channel',
  name: 'Not in channel',
  description: 'The message is in none of `channels` (a category name covers its channels). Always holds for a join.',
  settings: z.object({ channels: ChannelNames.describe('Channel or category names (or ids).') }).strict(),
  compile({ channels }) {
    return (subject) => subject.channelId === null || !channelIds(subject.guild, channels).has(subject.channelId);
  },
});
