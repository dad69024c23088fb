import { z } from 'zod';
import type { JobHandler } from '../../../core/defineModule.js';
import type { RecognitionConfig } from '../RecognitionConfig.js';
import { recognitionDb } from '../RecognitionTables.js';

const Payload = z.object({ guildId: z.string(), refereeId: z.string(), referrerId: z.string() });

/**
 * Job, due when a referral's fraud window ends: a referral still pending (the referee did
 * not leave in time) is confirmed by recording `recognition.referral_confirmed`, which
 * counts it towards the referrer's reward tiers. Keyed by referee: it happens once.
 */
export const confirmReferralJob: JobHandler<RecognitionConfig> = async (raw, ctx) => {
  const { guildId, refereeId, referrerId } = Payload.parse(raw);
  const referral = await recognitionDb(ctx.db)
    .selectFrom('recognition_referrals')
    .select('status')
    .where('guild_id', '=', guildId)
    .where('referee_id', '=', refereeId)
    .executeTakeFirst();
  if (referral?.status !== 'pending') return;
  await ctx.emit('recognition.referral_confirmed', { refereeId, referrerId }, { guildId, key: refereeId });
};
