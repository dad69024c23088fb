import { z } from 'zod';
import type { JobHandler } from '../../../core/defineModule.js';
import { channelByName } from '../live/channelByName.js';
import type { RecognitionConfig } from '../RecognitionConfig.js';
import { recognitionDb } from '../RecognitionTables.js';
import { readAmbassador } from './readAmbassador.js';

/** Name of the job that tells staff an ambassador trial is over. */
export const TRIAL_ENDED_JOB = 'ambassadorTrialEnded';

const Payload = z.object({ guildId: z.string(), userId: z.string() });

/**
 * Job, due when a trial ends: if the member is still on trial, tells staff (in the staff
 * channel) that they can now confirm or end it.
 */
export const trialEndedJob: JobHandler<RecognitionConfig> = async (raw, ctx) => {
  const { guildId, userId } = Payload.parse(raw);
  const record = await readAmbassador(recognitionDb(ctx.db), guildId, userId);
  if (record?.status !== 'trial') return;
  const channelId = await channelByName(ctx.platform, guildId, ctx.config.ambassadors.staffChannel);
  if (channelId === null) return;
  const tier = ctx.config.ambassadors.tiers.find((t) => t.id === record.tier)?.name ?? record.tier;
  await ctx.platform.sendMessage(channelId, {
    content: `The ${tier} ambassador trial of <@${userId}> is over: \`/ambassador action:confirm\` or \`action:end\`.`,
  });
};
