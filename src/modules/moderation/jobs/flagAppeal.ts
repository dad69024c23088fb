import { defineJob } from '../../../core/defineJob.js';
import { describeDuration } from '../../../config/Duration.js';
import { alertModerators } from '../alerts/alertModerators.js';
import { moderationPlaces } from '../guild/ModerationPlaces.js';
import type { ModerationContext } from '../ModerationContext.js';
import { moderationDb } from '../ModerationTables.js';
import { AppealJobPayload } from './jobPayloads.js';

/**
 * Job: an appeal still waiting after `appeals.reviewWithin` (48 h) is flagged and the
 * severe-level role (the lead, by default) is alerted.
 */
export const flagAppealJob = defineJob({
  name: 'flagAppeal',
  payload: AppealJobPayload,
  async run(job, ctx: ModerationContext) {
    const flagged = await moderationDb(ctx.db)
      .updateTable('moderation_appeals')
      .set({ flagged_at: ctx.clock.now() })
      .where('guild_id', '=', job.guildId)
      .where('id', '=', job.appealId)
      .where('status', '=', 'pending')
      .where('flagged_at', 'is', null)
      .returning(['case_id', 'user_id', 'level'])
      .executeTakeFirst();
    if (flagged === undefined) return;
    const places = await moderationPlaces(ctx, job.guildId);
    await alertModerators(
      ctx,
      places,
      'severe',
      `⏰ Appeal #${job.appealId} (${flagged.level}) of case #${flagged.case_id} by <@${flagged.user_id}> has waited more than ${describeDuration(ctx.config.appeals.reviewWithin)}.`,
    );
  },
});
