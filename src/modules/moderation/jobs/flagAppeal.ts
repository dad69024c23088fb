import type { JobHandler } from '../../../core/defineModule.js';
import { describeDuration } from '../../../moderation-shared/Duration.js';
import { alertModerators } from '../alerts/alertModerators.js';
import { moderationPlaces } from '../guild/ModerationPlaces.js';
import type { ModerationConfig } from '../ModerationConfig.js';
import { moderationDb } from '../ModerationTables.js';
import { numberField, stringField } from './jobPayload.js';

/**
 * Job: an appeal still waiting after `appeals.reviewWithin` (48 h) is flagged and the
 * severe-level role (the lead, by default) is alerted.
 */
export const flagAppeal: JobHandler<ModerationConfig> = async (payload, ctx) => {
  const guildId = stringField(payload, 'guildId');
  const appealId = numberField(payload, 'appealId');
  if (guildId === null || appealId === null) return;
  const flagged = await moderationDb(ctx.db)
    .updateTable('moderation_appeals')
    .set({ flagged_at: ctx.clock.now() })
    .where('guild_id', '=', guildId)
    .where('id', '=', appealId)
    .where('status', '=', 'pending')
    .where('flagged_at', 'is', null)
    .returning(['case_id', 'user_id', 'level'])
    .executeTakeFirst();
  if (flagged === undefined) return;
  const places = await moderationPlaces(ctx, guildId);
  await alertModerators(
    ctx,
    places,
    'severe',
    `⏰ Appeal #${appealId} (${flagged.level}) of case #${flagged.case_id} by <@${flagged.user_id}> has waited more than ${describeDuration(ctx.config.appeals.reviewWithin)}.`,
  );
};
