import type { z } from 'zod';
import type { ChallengesContext } from '../../ChallengesContext.js';
import { mean } from '../contestCards.js';
import { contestsDb } from '../contestsTables.js';
import { getContest, talliedEntries, type Contest } from '../contestStore.js';
import type { ContestDetail, ContestList, ContestSummary } from './ContestsApi.js';

function summary(contest: Contest, entries: number, votes: number): z.infer<typeof ContestSummary> {
  return {
    id: contest.id,
    title: contest.title,
    level: contest.level,
    theme: contest.theme,
    phase: contest.phase,
    opensAt: contest.opens_at,
    submissionsCloseAt: contest.submissions_close_at,
    votingCloseAt: contest.voting_close_at,
    closedAt: contest.closed_at,
    entries,
    votes,
    winnerId: contest.winner_id,
    runnerUpId: contest.runner_up_id,
  };
}

/**
 * Every challenge, newest first, with its phase and counts of entries and votes.
 * @param ctx - module context
 * @param guildId - the guild
 */
export async function listContests(ctx: ChallengesContext, guildId: string): Promise<ContestList> {
  const db = contestsDb(ctx.db);
  const [contests, entries, votes] = await Promise.all([
    db
      .selectFrom('challenges_contests')
      .selectAll()
      .where('guild_id', '=', guildId)
      .orderBy('opens_at', 'desc')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('challenges_entries')
      .select(['contest_id', (eb) => eb.fn.countAll<string | number>().as('n')])
      .where('guild_id', '=', guildId)
      .groupBy('contest_id')
      .execute(),
    db
      .selectFrom('challenges_votes')
      .select(['contest_id', (eb) => eb.fn.countAll<string | number>().as('n')])
      .where('guild_id', '=', guildId)
      .groupBy('contest_id')
      .execute(),
  ]);
  const count = (rows: { contest_id: string; n: string | number }[], id: string) =>
    Number(rows.find((r) => r.contest_id === id)?.n ?? 0);
  return { contests: contests.map((c) => summary(c, count(entries, c.id), count(votes, c.id))) };
}

/**
 * One challenge with its entries (votes, judges' scores, results), or undefined.
 * @param ctx - module context
 * @param guildId - the guild
 * @param id - the challenge id
 */
export async function contestDetail(
  ctx: ChallengesContext,
  guildId: string,
  id: string,
): Promise<ContestDetail | undefined> {
  const contest = await getContest(ctx, guildId, id);
  if (contest === undefined) return undefined;
  const entries = await talliedEntries(ctx, guildId, id);
  return {
    contest: {
      ...summary(
        contest,
        entries.length,
        entries.reduce((s, e) => s + e.votes, 0),
      ),
      description: contest.description,
    },
    entries: entries.map((e) => ({
      number: e.number,
      authorId: e.author_id,
      title: e.title,
      link: e.link,
      description: e.description,
      submittedAt: e.created_at,
      votes: e.votes,
      judgeScores: e.judgeScores,
      judgeMean: e.judgeScores.length === 0 ? null : mean(e.judgeScores),
      score: e.score,
      place: e.place,
    })),
  };
}
