import type { ChallengesContext } from '../ChallengesContext.js';
import { entryEmbed, resultsEmbed } from './contestCards.js';
import { getContest, talliedEntries, updateContest, type Contest } from './contestStore.js';
import { contestsDb } from './contestsTables.js';
import { rankEntries } from './rankEntries.js';

/**
 * Closes voting and announces the results: entries ranked by combined score
 * ({@link rankEntries}), the winner and the runner-up (the best entry by another member) named
 * in an embed, Vote buttons removed, and `contribution.recorded` once each: challenge_winner,
 * challenge_runner_up, and challenge_entry for every entry. Nothing unless voting is open.
 * @param ctx - module context
 * @param contest - the challenge
 * @returns the challenge as it is now
 */
export async function closeVoting(ctx: ChallengesContext, contest: Contest): Promise<Contest> {
  if (contest.phase !== 'voting') return contest;
  const { guild_id: guildId, id } = contest;
  const ranked = rankEntries(await talliedEntries(ctx, guildId, id), ctx.config.contests.weights);
  const winner = ranked[0];
  const runnerUp = ranked.find((e) => e.author_id !== winner?.author_id);
  const db = contestsDb(ctx.db);
  for (const [index, entry] of ranked.entries()) {
    await db
      .updateTable('challenges_entries')
      .set({ score: entry.score, place: index + 1 })
      .where('guild_id', '=', guildId)
      .where('contest_id', '=', id)
      .where('number', '=', entry.number)
      .execute();
    if (entry.channel_id !== null && entry.message_id !== null) {
      await ctx.platform.editMessage(entry.channel_id, entry.message_id, {
        embeds: [entryEmbed(contest, entry, entry.votes)],
        components: [],
      });
    }
  }
  await updateContest(ctx, contest, {
    phase: 'closed',
    closed_at: ctx.clock.now(),
    winner_id: winner?.author_id ?? null,
    runner_up_id: runnerUp?.author_id ?? null,
  });
  if (contest.announcement_channel_id !== null) {
    const mentions = [winner?.author_id, runnerUp?.author_id].filter((u): u is string => u !== undefined);
    await ctx.platform.sendMessage(contest.announcement_channel_id, {
      ...(winner === undefined ? {} : { content: `Congratulations ${mentions.map((u) => `<@${u}>`).join(' and ')}!` }),
      embeds: [resultsEmbed(contest, ranked)],
      allowedUserMentions: mentions,
    });
  }
  const emit = (
    userId: string,
    kind: 'challenge_winner' | 'challenge_runner_up' | 'challenge_entry',
    sourceId: string,
  ) => ctx.emit('contribution.recorded', { userId, kind, sourceId }, { key: `${kind}:${sourceId}`, guildId });
  if (winner !== undefined) await emit(winner.author_id, 'challenge_winner', `contest:${id}`);
  if (runnerUp !== undefined) await emit(runnerUp.author_id, 'challenge_runner_up', `contest:${id}`);
  for (const entry of ranked) await emit(entry.author_id, 'challenge_entry', `contest:${id}:entry:${entry.number}`);
  await ctx.emit(
    'challenges.winners_announced',
    {
      contestId: id,
      winnerId: winner?.author_id ?? null,
      runnerUpId: runnerUp?.author_id ?? null,
      entries: ranked.length,
      votes: ranked.reduce((sum, e) => sum + e.votes, 0),
    },
    { key: `contest:${id}:winners`, guildId },
  );
  return (await getContest(ctx, guildId, id)) ?? contest;
}
