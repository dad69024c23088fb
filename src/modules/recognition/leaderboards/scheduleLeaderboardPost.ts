import type { ModuleContext } from '../../../core/defineModule.js';
import { effectiveRules } from '../config/effectiveRules.js';
import type { RecognitionConfig } from '../RecognitionConfig.js';
import { periodAt } from './periods.js';

/** Name of the job that posts a period's final leaderboard. */
export const POST_LEADERBOARD_JOB = 'postLeaderboard';

/**
 * Schedules the post of the leaderboard of the period (week, month or season) containing
 * `at`, due when that period ends. Keyed by guild and period: scheduling it again (every
 * start, every post) changes nothing.
 * @param ctx - module context
 * @param guildId - the guild
 * @param period - which period
 * @param at - a time within it
 */
export async function scheduleLeaderboardPost(
  ctx: ModuleContext<RecognitionConfig>,
  guildId: string,
  period: 'week' | 'month' | 'season',
  at: number,
): Promise<void> {
  const window = periodAt(period, at, effectiveRules(ctx.config).seasons);
  await ctx.schedule({
    name: POST_LEADERBOARD_JOB,
    key: `leaderboard:${guildId}:${window.key}`,
    runAt: window.end,
    payload: { guildId, period, start: window.start },
  });
}
