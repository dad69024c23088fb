import { z } from 'zod';
import { defineJob } from '../../../core/defineJob.js';
import type { RecognitionContext } from '../RecognitionContext.js';
import { recognitionDb } from '../RecognitionTables.js';

/**
 * Job, due when a referral's fraud window ends: a referral still pending (the referee did
 * not leave in time) is confirmed by recording `recognition.referral_confirmed`, which
 * counts it towards the referrer's reward tiers. Keyed by referee: it happens once.
 */
export const confirmReferralJob = defineJob({
  name: 'confirmReferral',
  payload: z.object({ guildId: z.string(), refereeId: z.string(), referrerId: z.string() }),
  async run({ guildId, refereeId, referrerId }, ctx: RecognitionContext) {
    const referral = await recognitionDb(ctx.db)
      .selectFrom('recognition_referrals')
      .select('status')
      .where('guild_id', '=', guildId)
      .where('referee_id', '=', refereeId)
      .executeTakeFirst();
    if (referral?.status !== 'pending') return;
    await ctx.emit('recognition.referral_confirmed', { refereeId, referrerId }, { guildId, key: refereeId });
  },
});
