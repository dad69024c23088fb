import type { ChallengesContext } from '../ChallengesContext.js';
import { announcementEmbed } from './contestCards.js';
import { contestChannel } from './contestChannels.js';
import { getContest, updateContest, type Contest } from './contestStore.js';

/**
 * Announces a scheduled challenge and opens its submissions: the embed in
 * `challenges.contests.channel` (title, level, theme, rules, deadlines), then
 * `challenges.challenge_opened`. Nothing when it is not scheduled any more.
 * @param ctx - module context
 * @param contest - the challenge
 * @param byUserId - staff who started it by hand, else null
 * @returns the challenge as it is now
 */
export async function openContest(ctx: ChallengesContext, contest: Contest, byUserId: string | null): Promise<Contest> {
  if (contest.phase !== 'scheduled') return contest;
  const now = ctx.clock.now();
  const opensAt = Math.min(contest.opens_at, now);
  // Started early by staff: the submission window keeps its length.
  const submissionsCloseAt = Math.max(now + 60_000, contest.submissions_close_at - (contest.opens_at - opensAt));
  const channel = await contestChannel(ctx, contest.guild_id, ctx.config.contests.channel);
  await updateContest(ctx, contest, {
    phase: 'submissions',
    opens_at: opensAt,
    submissions_close_at: submissionsCloseAt,
    announcement_channel_id: channel?.id ?? null,
  });
  const opened = (await getContest(ctx, contest.guild_id, contest.id)) ?? contest;
  if (channel !== null && channel.kind !== 'forum') {
    const sent = await ctx.platform.sendMessage(channel.id, {
      content: `A new challenge is open: **${opened.title}**. Submit with \`/challenge submit\`.`,
      embeds: [announcementEmbed(opened, ctx.config.contests.maxEntriesPerMember)],
    });
    await updateContest(ctx, opened, { announcement_message_id: sent.id });
  }
  await ctx.emit(
    'challenges.challenge_opened',
    { contestId: opened.id, level: opened.level, submissionsCloseAt, byUserId },
    { key: `contest:${opened.id}:opened`, guildId: opened.guild_id },
  );
  return opened;
}
