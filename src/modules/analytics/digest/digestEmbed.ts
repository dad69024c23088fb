import type { Embed } from '../../../platform/Platform.js';
import type { Digest } from '../http/DigestApi.js';
import { hoursOf } from '../reports/reportFormat.js';

const PURPLE = 0x9b59b6;

/**
 * The weekly digest as one public embed (seed 004's five sections): members and channels as
 * mentions (embeds never ping), within Discord's embed limits.
 * @param digest - the digest
 * @param community - the community's name
 */
export function digestEmbed(digest: Digest, community: string): Embed {
  const top = digest.topDiscussion;
  const star = digest.spotlight;
  const wins = digest.quickWins;
  const winLines = [
    wins.newMembers > 0 ? `👋 ${wins.newMembers} new member${wins.newMembers === 1 ? '' : 's'} joined` : null,
    wins.firstMessages > 0
      ? `🗨️ ${wins.firstMessages} member${wins.firstMessages === 1 ? '' : 's'} posted for the first time`
      : null,
    wins.topicsAnswered > 0
      ? `🤝 ${wins.topicsAnswered} question${wins.topicsAnswered === 1 ? '' : 's'} answered by the community (median ${hoursOf(wins.medianFirstResponseHours)})`
      : null,
  ].filter((line): line is string => line !== null);
  return {
    title: `📰 ${community} weekly digest · ${digest.period}`,
    description: `The week of ${digest.from} to ${digest.to}.`,
    color: PURPLE,
    fields: [
      {
        name: '🔥 Top discussion',
        value:
          top === null
            ? 'A quiet week: start the next conversation!'
            : `<#${top.channelId}>: ${top.messages} message${top.messages === 1 ? '' : 's'}, ${top.replies} repl${top.replies === 1 ? 'y' : 'ies'}`,
      },
      {
        name: '🌟 Member spotlight',
        value:
          star === null
            ? 'Nobody yet: this could be you next week.'
            : `<@${star.userId}>, active on ${star.activeDays} day${star.activeDays === 1 ? '' : 's'} this week with ${star.messages} message${star.messages === 1 ? '' : 's'}. Thank you!`,
      },
      { name: '📚 Resource pick', value: digest.resourcePick.pending },
      { name: '📅 Upcoming events', value: digest.upcomingEvents.pending },
      { name: '🏅 Quick wins', value: winLines.length === 0 ? 'Nothing to report this week.' : winLines.join('\n') },
    ],
  };
}
