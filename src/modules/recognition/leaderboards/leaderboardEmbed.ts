import type { Embed } from '../../../platform/Platform.js';
import type { Standing } from '../queries/periodLeaderboard.js';

const GOLD = 0xf1c40f;
const MEDALS = ['🥇', '🥈', '🥉'];

/**
 * A leaderboard as an embed: one line per position, members as mentions (embeds never ping).
 * @param title - e.g. "Points · week of 2026-03-02"
 * @param standings - the positions
 * @param format - a value as shown (`25 points`)
 */
export function leaderboardEmbed(
  title: string,
  standings: readonly Standing[],
  format: (value: number) => string,
): Embed {
  const lines = standings.map((s) => `${MEDALS[s.rank - 1] ?? `**${s.rank}.**`} <@${s.userId}>: ${format(s.value)}`);
  return {
    title: `🏆 ${title}`,
    description: lines.length === 0 ? 'Nobody yet: be the first!' : lines.join('\n'),
    color: GOLD,
  };
}
