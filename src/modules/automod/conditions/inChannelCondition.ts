import { z } from 'zod';
import { defineCondition } from '../parts/ConditionPart.js';
import { ChannelNames } from './names.js';
import { channelIds } from './resolveNames.js';

/** `in_channel`: it happened in one of the channels. */
export const inChannelCondition = defineCondition({
  id: 'in_channel',
  name: 'In channel',
  description: 'The message is in one of `channels` (a category name covers its channels). Never holds for a join.',
  settings: z.object({ channels: ChannelNames.describe('Channel or category names (or ids).') }).strict(),
  compile({ channels }) {
    return (subject) => subject.channelId !== null && channelIds(subject.guild, channels).has(subject.channelId);
  },
});
