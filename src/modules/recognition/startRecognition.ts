import { scheduleLeaderboardPost } from './leaderboards/postLeaderboardJob.js';
import { scheduleLevelSync } from './levels/syncLevelsJob.js';
import { recognitionDb } from './RecognitionTables.js';
import { snapshotInvites } from './referrals/snapshotInvites.js';
import type { RecognitionContext } from './RecognitionContext.js';

/**
 * At every start: takes the invite-use baseline for referrals, schedules the leaderboard
 * posts of the current periods and the next daily level sync (idempotent keys: a restart
 * schedules nothing twice), and, on a database upgraded from before leaderboards existed,
 * asks for a recompute so the new totals include the old points.
 * @param ctx - module context
 * @param guildId - the guild this process manages
 */
export async function startRecognition(ctx: RecognitionContext, guildId: string): Promise<void> {
  const now = ctx.clock.now();
  if (ctx.config.referrals.enabled) {
    try {
      await snapshotInvites(ctx, guildId, await ctx.platform.listInvites(guildId));
    } catch (error) {
      ctx.log.warn({ err: error, guildId }, 'could not read invites: referrals are not tracked until they can be');
    }
  }
  const { channel, schedule } = ctx.config.leaderboards;
  if (channel !== null) {
    for (const period of schedule) await scheduleLeaderboardPost(ctx, guildId, period, now);
  }
  if (ctx.config.levels.length > 0) await scheduleLevelSync(ctx, guildId, now);
  const db = recognitionDb(ctx.db);
  const award = await db
    .selectFrom('recognition_awards')
    .select('id')
    .where('guild_id', '=', guildId)
    .limit(1)
    .executeTakeFirst();
  const total = await db
    .selectFrom('recognition_totals')
    .select('value')
    .where('guild_id', '=', guildId)
    .limit(1)
    .executeTakeFirst();
  if (award !== undefined && total === undefined) {
    await ctx.emit(
      'recognition.recompute_requested',
      { requestedBy: null, reason: 'upgrade: leaderboard totals' },
      { guildId, key: 'upgrade-0002' },
    );
  }
}
