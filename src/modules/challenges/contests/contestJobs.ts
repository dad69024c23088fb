import { z } from 'zod';
import { defineJob } from '../../../core/defineJob.js';
import type { ChallengesContext } from '../ChallengesContext.js';
import { closeSubmissions } from './closeSubmissions.js';
import { closeVoting } from './closeVoting.js';
import { getContest, type Contest } from './contestStore.js';
import { openContest } from './openContest.js';
import { planRotation } from './planRotation.js';

const PhasePayload = z.object({ guildId: z.string(), contestId: z.string(), at: z.number() });

/** Opens a challenge at its `opensAt` (still scheduled, same time), then plans the next. */
export const announceContestJob = defineJob({
  name: 'contest-announce',
  payload: PhasePayload,
  async run({ guildId, contestId, at }, ctx: ChallengesContext) {
    const contest = await getContest(ctx, guildId, contestId);
    if (contest?.phase !== 'scheduled' || contest.opens_at !== at) return;
    await advanceContest(ctx, await openContest(ctx, contest, null));
    if (!contest.id.startsWith('rotation-')) return;
    const next = await planRotation(ctx, guildId);
    if (next !== null) await advanceContest(ctx, next);
  },
});

/** Closes a challenge's submissions at their deadline and opens voting. */
export const closeSubmissionsJob = defineJob({
  name: 'contest-close-submissions',
  payload: PhasePayload,
  async run({ guildId, contestId, at }, ctx: ChallengesContext) {
    const contest = await getContest(ctx, guildId, contestId);
    if (contest?.phase !== 'submissions' || contest.submissions_close_at !== at) return;
    await advanceContest(ctx, await closeSubmissions(ctx, contest));
  },
});

/** Closes voting at its deadline and announces the winners. */
export const closeVotingJob = defineJob({
  name: 'contest-close-voting',
  payload: PhasePayload,
  async run({ guildId, contestId, at }, ctx: ChallengesContext) {
    const contest = await getContest(ctx, guildId, contestId);
    if (contest?.phase !== 'voting' || contest.voting_close_at !== at) return;
    await closeVoting(ctx, contest);
  },
});

/**
 * Schedules the job that ends a challenge's current phase, keyed by challenge, phase and time
 * (scheduling again is a no-op; a moved deadline gets a new job and the old one does nothing).
 * @param ctx - module context
 * @param contest - the challenge as it is now
 */
export async function advanceContest(ctx: ChallengesContext, contest: Contest): Promise<void> {
  const payload = (at: number) => ({ guildId: contest.guild_id, contestId: contest.id, at });
  switch (contest.phase) {
    case 'scheduled':
      await ctx.schedule(announceContestJob, {
        key: `contest:${contest.id}:announce:${contest.opens_at}`,
        runAt: contest.opens_at,
        payload: payload(contest.opens_at),
      });
      return;
    case 'submissions':
      await ctx.schedule(closeSubmissionsJob, {
        key: `contest:${contest.id}:close-submissions:${contest.submissions_close_at}`,
        runAt: contest.submissions_close_at,
        payload: payload(contest.submissions_close_at),
      });
      return;
    case 'voting':
      if (contest.voting_close_at === null) return;
      await ctx.schedule(closeVotingJob, {
        key: `contest:${contest.id}:close-voting:${contest.voting_close_at}`,
        runAt: contest.voting_close_at,
        payload: payload(contest.voting_close_at),
      });
      return;
    case 'closed':
    case 'cancelled':
      return;
  }
}

/** The contests part's jobs. */
export const contestJobs = [announceContestJob, closeSubmissionsJob, closeVotingJob];
