import { EMBED_LIMITS } from '../../../platform/discordLimits.js';
import { truncateText } from '../../../platform/fitMessage.js';
import type { ActionRow, Embed } from '../../../platform/Platform.js';
import { CONTEST_CUSTOM_IDS } from './contestCustomIds.js';
import type { Contest, ContestEntry, TalliedEntry } from './contestStore.js';

const LEVEL_LABELS: Record<Contest['level'], string> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
  all: 'All levels',
};

/**
 * A Discord timestamp shown in each reader's own time zone.
 * @param ms - epoch ms
 * @param style - F: full date and time, R: relative
 * @see https://discord.com/developers/docs/reference#message-formatting-timestamp-styles
 */
export function discordTime(ms: number, style: 'F' | 'R' = 'F'): string {
  return `<t:${Math.floor(ms / 1000)}:${style}>`;
}

/**
 * The announcement: title, level, theme, brief, rules and deadlines.
 * @param contest - the challenge
 * @param maxEntries - entries a member may submit
 */
export function announcementEmbed(contest: Contest, maxEntries: number): Embed {
  const votingCloses = contest.voting_close_at ?? contest.submissions_close_at + contest.vote_for_ms;
  const rules = [
    `Submit with \`/challenge submit\` before the deadline (${maxEntries === 1 ? 'one entry' : `up to ${maxEntries} entries`} per member).`,
    'Then vote for your favourite entry with its Vote button (one vote, changeable; not your own).',
    'Judges score every entry; community votes and judges’ scores together pick the winner and runner-up.',
  ].join('\n');
  const embed: Embed = {
    title: truncateText(`🏆 Challenge: ${contest.title}`, EMBED_LIMITS.title),
    color: 0xf0b232,
    fields: [
      { name: 'Level', value: LEVEL_LABELS[contest.level], inline: true },
      { name: 'Theme', value: truncateText(contest.theme, EMBED_LIMITS.fieldValue), inline: true },
      { name: 'Submissions close', value: discordTime(contest.submissions_close_at), inline: false },
      { name: 'Voting closes', value: discordTime(votingCloses), inline: false },
      { name: 'Rules', value: rules },
    ],
    footer: 'Winner, runner-up and every entrant earn a badge.',
  };
  if (contest.description !== '') embed.description = truncateText(contest.description, EMBED_LIMITS.description);
  return embed;
}

/**
 * An entry's card: number and title, author, link and description.
 * @param contest - the challenge
 * @param entry - the entry
 * @param votes - votes so far, shown while voting or after
 */
export function entryEmbed(contest: Pick<Contest, 'title'>, entry: ContestEntry, votes: number | null): Embed {
  const fields = [
    { name: 'By', value: `<@${entry.author_id}>`, inline: true },
    { name: 'Link', value: truncateText(entry.link, EMBED_LIMITS.fieldValue), inline: true },
  ];
  if (votes !== null) fields.push({ name: 'Votes', value: String(votes), inline: true });
  const embed: Embed = {
    title: truncateText(`#${entry.number} ${entry.title}`, EMBED_LIMITS.title),
    color: 0x5865f2,
    fields,
    footer: truncateText(`Challenge: ${contest.title}`, EMBED_LIMITS.footer),
  };
  if (entry.description !== '') embed.description = truncateText(entry.description, EMBED_LIMITS.description);
  return embed;
}

/**
 * The Vote button under an entry's card (while voting).
 * @param entry - the entry
 */
export function voteButtons(entry: Pick<ContestEntry, 'contest_id' | 'number'>): ActionRow[] {
  return [
    {
      components: [
        {
          kind: 'button',
          customId: `${CONTEST_CUSTOM_IDS.vote}${entry.contest_id}:${entry.number}`,
          label: `Vote for #${entry.number}`,
          style: 'primary',
        },
      ],
    },
  ];
}

/**
 * The results: winner, runner-up and the top entries with their scores.
 * @param contest - the challenge, closed
 * @param ranked - entries best first
 */
export function resultsEmbed(contest: Contest, ranked: readonly (TalliedEntry & { score: number })[]): Embed {
  if (ranked.length === 0) {
    return {
      title: truncateText(`Challenge closed: ${contest.title}`, EMBED_LIMITS.title),
      description: 'No entries this time.',
    };
  }
  const line = (e: TalliedEntry & { score: number }) =>
    `#${e.number} **${e.title}** by <@${e.author_id}>: ${Math.round(e.score * 100)} points (${e.votes} votes${e.judgeScores.length > 0 ? `, judges ${mean(e.judgeScores).toFixed(1)}/10` : ''})`;
  const winner = ranked[0];
  const runnerUp = ranked.find((e) => e.author_id !== winner?.author_id);
  const fields = [];
  if (winner !== undefined)
    fields.push({ name: '🥇 Winner', value: truncateText(line(winner), EMBED_LIMITS.fieldValue) });
  if (runnerUp !== undefined)
    fields.push({ name: '🥈 Runner-up', value: truncateText(line(runnerUp), EMBED_LIMITS.fieldValue) });
  return {
    title: truncateText(`🏆 Results: ${contest.title}`, EMBED_LIMITS.title),
    color: 0x57f287,
    description: truncateText(ranked.slice(0, 10).map(line).join('\n'), EMBED_LIMITS.description),
    fields,
    footer: `${ranked.length} entries · thank you to everyone who took part`,
  };
}

/**
 * The mean of some numbers (0 for none).
 * @param values - the numbers
 */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
