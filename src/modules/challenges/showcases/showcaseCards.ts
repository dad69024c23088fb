import type { OutgoingMessage, SelectOption } from '../../../platform/Platform.js';
import { SHOWCASE_CUSTOM_IDS, showcaseCustomId } from './showcaseCustomIds.js';
import type { ShowcaseCategory } from './showcasesConfig.js';
import type { ShowcasePhases } from './showcaseCalendar.js';
import type { NomineeTally } from './showcaseStore.js';

/** Discord's most options in a select menu. */
export const SELECT_OPTIONS_MAX = 25;
const GOLD = 0xf1c40f;
const unix = (ms: number): number => Math.floor(ms / 1000);
const cut = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * The announcement of a month's nominations: the categories and how to nominate.
 * @param month - `YYYY-MM`
 * @param categories - the configured categories
 * @param phases - when voting opens and the results come
 */
export function announcementMessage(
  month: string,
  categories: readonly ShowcaseCategory[],
  phases: ShowcasePhases,
): OutgoingMessage {
  return {
    embeds: [
      {
        title: `🏆 Showcase ${month}: nominations are open`,
        description: cut(
          `Nominate with \`/showcase nominate\`: one nomination per category. Voting opens <t:${unix(phases.votingAt)}:F>, winners <t:${unix(phases.closesAt)}:F>.`,
          4096,
        ),
        color: GOLD,
        fields: categories.map((c) => ({
          name: c.name,
          value: c.kind === 'project' ? 'A project: its maker and a link.' : 'A member of the community.',
        })),
      },
    ],
  };
}

/**
 * A category's voting message: a select menu of its nominees (the 25 most nominated).
 * @param month - `YYYY-MM`
 * @param category - the category
 * @param nominees - ranked by nominations
 * @param names - userId → display name
 * @param closesAt - the close (epoch ms)
 */
export function ballotMessage(
  month: string,
  category: ShowcaseCategory,
  nominees: readonly NomineeTally[],
  names: ReadonlyMap<string, string>,
  closesAt: number,
): OutgoingMessage {
  const options: SelectOption[] = nominees.slice(0, SELECT_OPTIONS_MAX).map((n) => ({
    label: cut(names.get(n.nomineeId) ?? n.nomineeId, 100),
    value: n.nomineeId,
    description: cut(
      `${n.nominations} nomination${n.nominations === 1 ? '' : 's'}${n.link === null ? '' : ` · ${n.link}`}`,
      100,
    ),
  }));
  const header = `🗳️ **${category.name}** (${month}): vote until <t:${unix(closesAt)}:F>. One vote, changeable; not for yourself.`;
  if (options.length === 0) return { content: `${header}\nNo nominations this month.` };
  return {
    content: header,
    components: [
      {
        components: [
          {
            kind: 'select',
            customId: showcaseCustomId(SHOWCASE_CUSTOM_IDS.vote, month, category.id),
            placeholder: 'Choose a nominee',
            options,
          },
        ],
      },
    ],
  };
}

/** One category's result for the results embed. */
export interface CategoryResult {
  category: ShowcaseCategory;
  winnerId: string | null;
  votes: number;
}

/**
 * The results of a month: each category's winner.
 * @param month - `YYYY-MM`
 * @param results - per category
 */
export function resultsMessage(month: string, results: readonly CategoryResult[]): OutgoingMessage {
  return {
    embeds: [
      {
        title: `🏆 Showcase ${month}: the winners`,
        color: GOLD,
        fields: results.map((r) => ({
          name: r.category.name,
          value:
            r.winnerId === null
              ? 'No winner this month.'
              : `<@${r.winnerId}>${r.category.decidedBy === 'votes' ? ` (${r.votes} vote${r.votes === 1 ? '' : 's'})` : ' (staff pick)'}`,
        })),
      },
    ],
    allowedUserMentions: results.flatMap((r) => (r.winnerId === null ? [] : [r.winnerId])),
  };
}
