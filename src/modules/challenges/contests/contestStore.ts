import type { Selectable } from 'kysely';
import type { ChallengesContext } from '../ChallengesContext.js';
import { contestsDb, type ContestEntryTable, type ContestTable } from './contestsTables.js';

export type Contest = Selectable<ContestTable>;
export type ContestEntry = Selectable<ContestEntryTable>;

/** An entry with its community votes and judges' scores. */
export interface TalliedEntry extends ContestEntry {
  votes: number;
  judgeScores: number[];
}

/**
 * One challenge by id.
 * @param ctx - module context
 * @param guildId - the guild
 * @param id - the challenge id
 */
export async function getContest(ctx: ChallengesContext, guildId: string, id: string): Promise<Contest | undefined> {
  return contestsDb(ctx.db)
    .selectFrom('challenges_contests')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * The challenge running now (submissions or voting; the latest opened when several), else undefined.
 * @param ctx - module context
 * @param guildId - the guild
 */
export async function runningContest(ctx: ChallengesContext, guildId: string): Promise<Contest | undefined> {
  return contestsDb(ctx.db)
    .selectFrom('challenges_contests')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('phase', 'in', ['submissions', 'voting'])
    .orderBy('opens_at', 'desc')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

/**
 * The running challenge in a phase, else undefined.
 * @param ctx - module context
 * @param guildId - the guild
 * @param phase - submissions or voting
 */
export async function contestInPhase(
  ctx: ChallengesContext,
  guildId: string,
  phase: 'submissions' | 'voting',
): Promise<Contest | undefined> {
  return contestsDb(ctx.db)
    .selectFrom('challenges_contests')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('phase', '=', phase)
    .orderBy('opens_at', 'desc')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

/**
 * A challenge's entries with their votes and judges' scores, by number.
 * @param ctx - module context
 * @param guildId - the guild
 * @param contestId - the challenge
 */
export async function talliedEntries(
  ctx: ChallengesContext,
  guildId: string,
  contestId: string,
): Promise<TalliedEntry[]> {
  const db = contestsDb(ctx.db);
  const [entries, votes, scores] = await Promise.all([
    db
      .selectFrom('challenges_entries')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('contest_id', '=', contestId)
      .orderBy('number')
      .execute(),
    db
      .selectFrom('challenges_votes')
      .select(['entry_number'])
      .where('guild_id', '=', guildId)
      .where('contest_id', '=', contestId)
      .execute(),
    db
      .selectFrom('challenges_judge_scores')
      .select(['entry_number', 'score'])
      .where('guild_id', '=', guildId)
      .where('contest_id', '=', contestId)
      .orderBy('judge_id')
      .execute(),
  ]);
  return entries.map((entry) => ({
    ...entry,
    votes: votes.filter((v) => v.entry_number === entry.number).length,
    judgeScores: scores.filter((s) => s.entry_number === entry.number).map((s) => s.score),
  }));
}

/**
 * Sets a challenge's phase (and other columns).
 * @param ctx - module context
 * @param contest - the challenge
 * @param changes - the columns to set
 */
export async function updateContest(
  ctx: ChallengesContext,
  contest: Pick<Contest, 'guild_id' | 'id'>,
  changes: Partial<Omit<Contest, 'guild_id' | 'id'>>,
): Promise<void> {
  await contestsDb(ctx.db)
    .updateTable('challenges_contests')
    .set(changes)
    .where('guild_id', '=', contest.guild_id)
    .where('id', '=', contest.id)
    .execute();
}
