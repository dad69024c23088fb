import { z } from 'zod';
import { defineJob } from '../../../core/defineJob.js';
import { channelByName } from '../live/channelByName.js';
import type { RecognitionContext } from '../RecognitionContext.js';
import { recognitionDb } from '../RecognitionTables.js';
import { readAmbassador } from './readAmbassador.js';

/**
 * Job, due when a trial ends: if the member is still on trial, tells staff (in the staff
 * channel) that they can now confirm or end it.
 */
export const trialEndedJob = defineJob({
  name: 'ambassadorTrialEnded',
  payload: z.object({ guildId: z.string(), userId: z.string() }),
  async run({ guildId, userId }, ctx: RecognitionContext) {
    const record = await readAmbassador(recognitionDb(ctx.db), guildId, userId);
    if (record?.status !== 'trial') return;
    const channelId = await channelByName(ctx.platform, guildId, ctx.config.ambassadors.staffChannel);
    if (channelId === null) return;
    const tier = ctx.config.ambassadors.tiers.find((t) => t.id === record.tier)?.name ?? record.tier;
    await ctx.platform.sendMessage(channelId, {
      content: `The ${tier} ambassador trial of <@${userId}> is over: \`/ambassador action:confirm\` or \`action:end\`.`,
    });
  },
});
