import type { ChallengesContext } from '../ChallengesContext.js';
import { discordTime, entryEmbed, voteButtons } from './contestCards.js';
import { getContest, talliedEntries, updateContest, type Contest } from './contestStore.js';

/**
 * Closes a challenge's submissions and opens voting for `voteFor`: every entry's card gets
 * its Vote button, and the announcement channel is told. Nothing unless submissions are open.
 * @param ctx - module context
 * @param contest - the challenge
 * @returns the challenge as it is now
 */
export async function closeSubmissions(ctx: ChallengesContext, contest: Contest): Promise<Contest> {
  if (contest.phase !== 'submissions') return contest;
  const now = ctx.clock.now();
  const votingCloseAt = now + contest.vote_for_ms;
  await updateContest(ctx, contest, {
    phase: 'voting',
    submissions_close_at: Math.min(now, contest.submissions_close_at),
    voting_close_at: votingCloseAt,
  });
  const entries = await talliedEntries(ctx, contest.guild_id, contest.id);
  for (const entry of entries) {
    if (entry.channel_id === null || entry.message_id === null) continue;
    await ctx.platform.editMessage(entry.channel_id, entry.message_id, {
      embeds: [entryEmbed(contest, entry, entry.votes)],
      components: voteButtons(entry),
    });
  }
  if (contest.announcement_channel_id !== null) {
    await ctx.platform.sendMessage(contest.announcement_channel_id, {
      content:
        entries.length === 0
          ? `Submissions for **${contest.title}** are closed: no entries this time.`
          : `Submissions for **${contest.title}** are closed with ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}. Vote for your favourite with the Vote button on its card until ${discordTime(votingCloseAt)}; judges, score with \`/challenge judge\`.`,
    });
  }
  return (await getContest(ctx, contest.guild_id, contest.id)) ?? contest;
}
