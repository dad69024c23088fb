import type { ChallengesContext } from '../ChallengesContext.js';
import type { Contest } from './contestStore.js';
import { contestsDb } from './contestsTables.js';

/** What a vote did, or why it was refused. */
export type VoteOutcome = { ok: true; changed: boolean; unchanged: boolean } | { ok: false; reason: string };

/**
 * A member's vote for an entry: one per member per challenge (a new vote moves it), never for
 * their own entry, only while voting is open; `challenges.vote_cast` keyed by the interaction.
 * @param ctx - module context
 * @param contest - the challenge
 * @param entryNumber - the entry voted for
 * @param userId - the voter
 * @param interactionId - the button press (the event's key)
 */
export async function castContestVote(
  ctx: ChallengesContext,
  contest: Contest,
  entryNumber: number,
  userId: string,
  interactionId: string,
): Promise<VoteOutcome> {
  if (contest.phase !== 'voting') return { ok: false, reason: `Voting for **${contest.title}** is not open.` };
  const db = contestsDb(ctx.db);
  const key = { guild_id: contest.guild_id, contest_id: contest.id };
  const entry = await db
    .selectFrom('challenges_entries')
    .select(['author_id'])
    .where('guild_id', '=', key.guild_id)
    .where('contest_id', '=', key.contest_id)
    .where('number', '=', entryNumber)
    .executeTakeFirst();
  if (entry === undefined) return { ok: false, reason: `There is no entry #${entryNumber}.` };
  if (entry.author_id === userId) return { ok: false, reason: 'You cannot vote for your own entry.' };
  const previous = await db
    .selectFrom('challenges_votes')
    .select(['entry_number'])
    .where('guild_id', '=', key.guild_id)
    .where('contest_id', '=', key.contest_id)
    .where('voter_id', '=', userId)
    .executeTakeFirst();
  if (previous?.entry_number === entryNumber) return { ok: true, changed: false, unchanged: true };
  const now = ctx.clock.now();
  if (previous === undefined) {
    await db
      .insertInto('challenges_votes')
      .values({ ...key, voter_id: userId, entry_number: entryNumber, cast_at: now })
      .execute();
  } else {
    await db
      .updateTable('challenges_votes')
      .set({ entry_number: entryNumber, cast_at: now })
      .where('guild_id', '=', key.guild_id)
      .where('contest_id', '=', key.contest_id)
      .where('voter_id', '=', userId)
      .execute();
  }
  await ctx.emit(
    'challenges.vote_cast',
    { contestId: contest.id, entryNumber, userId, changed: previous !== undefined },
    { key: `vote:${interactionId}`, guildId: contest.guild_id },
  );
  return { ok: true, changed: previous !== undefined, unchanged: false };
}
