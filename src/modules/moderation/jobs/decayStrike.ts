import { defineJob } from '../../../core/defineJob.js';
import type { ModerationContext } from '../ModerationContext.js';
import { moderationDb } from '../ModerationTables.js';
import { CaseJobPayload } from './jobPayloads.js';

/**
 * Job: records that a strike stopped counting (`strike_decayed_at`, shown by /history).
 * Counting itself never waits for this job: a strike counts while `strike_expires_at` is
 * ahead, so a late job changes nothing but the record.
 */
export const decayStrikeJob = defineJob({
  name: 'decayStrike',
  payload: CaseJobPayload,
  async run(job, ctx: ModerationContext) {
    await moderationDb(ctx.db)
      .updateTable('moderation_cases')
      .set({ strike_decayed_at: ctx.clock.now() })
      .where('guild_id', '=', job.guildId)
      .where('id', '=', job.caseId)
      .where('strike', '=', 1)
      .where('strike_decayed_at', 'is', null)
      .where('strike_expires_at', '<=', ctx.clock.now())
      .execute();
  },
});
