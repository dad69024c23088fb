import type { ChallengesContext } from '../ChallengesContext.js';
import { advanceContest } from './contestJobs.js';
import { contestsDb } from './contestsTables.js';
import { ensureContest } from './ensureContest.js';
import { parseLocalDate } from './localDate.js';
import { planRotation } from './planRotation.js';

/**
 * At each start: stores the programme's challenges (`schedule.items`) whose voting has not
 * ended yet and the rotation's next one, then schedules the job ending each running or
 * scheduled challenge's current phase. Keys make a restart schedule nothing twice.
 * @param ctx - module context
 * @param guildId - the guild
 */
export async function planContests(ctx: ChallengesContext, guildId: string): Promise<void> {
  const { schedule, timezone } = ctx.config.contests;
  const now = ctx.clock.now();
  for (const item of schedule.items) {
    const opensAt = parseLocalDate(item.opensAt, timezone);
    if (opensAt === null || opensAt + item.submitFor + item.voteFor <= now) continue;
    await ensureContest(ctx, guildId, {
      id: item.id,
      title: item.title,
      level: item.level,
      theme: item.theme,
      description: item.description,
      opensAt,
      submitFor: item.submitFor,
      voteFor: item.voteFor,
    });
  }
  await planRotation(ctx, guildId);
  const open = await contestsDb(ctx.db)
    .selectFrom('challenges_contests')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('phase', 'in', ['scheduled', 'submissions', 'voting'])
    .execute();
  for (const contest of open) await advanceContest(ctx, contest);
}
