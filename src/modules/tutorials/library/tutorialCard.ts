import { EMBED_LIMITS } from '../../../platform/discordLimits.js';
import { truncateText } from '../../../platform/fitMessage.js';
import type { ActionRow, Embed, EmbedField, OutgoingMessage } from '../../../platform/Platform.js';
import { RATING_MAX, type LibraryConfig } from './libraryConfig.js';
import { LIBRARY_IDS, libraryId } from './libraryCustomIds.js';
import type { ReviewStatus } from './libraryTables.js';
import type { Tutorial, TutorialStats } from './tutorialStore.js';

const STATUS_LABELS: Record<ReviewStatus, string> = {
  pending: 'Awaiting expert review',
  approved: '✅ Expert approved',
  changes_requested: '✏️ Changes requested',
};

const STATUS_COLORS: Record<ReviewStatus, number> = {
  pending: 0x5865f2,
  approved: 0x57f287,
  changes_requested: 0xfee75c,
};

/**
 * The name members read for a category id (the id itself when the category left the config).
 * @param config - the library settings
 * @param id - a category id
 */
export function categoryName(config: LibraryConfig, id: string): string {
  return config.categories.find((c) => c.id === id)?.name ?? id;
}

/**
 * A rating as members read it: `★ 4.3 (7 ratings)`, or `No ratings yet`.
 * @param stats - the tutorial's counts
 */
export function ratingText(stats: Pick<TutorialStats, 'ratings' | 'mean'>): string {
  if (stats.ratings === 0) return 'No ratings yet';
  return `★ ${stats.mean.toFixed(1)} / ${RATING_MAX} (${stats.ratings} rating${stats.ratings === 1 ? '' : 's'})`;
}

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * A tutorial's card: title, summary and text, category, level, format, author, review status,
 * rating, views and completions.
 * @param tutorial - the tutorial
 * @param stats - its counts
 * @param config - the library settings
 */
export function tutorialEmbed(tutorial: Tutorial, stats: TutorialStats, config: LibraryConfig): Embed {
  const fields: EmbedField[] = [
    { name: 'Category', value: categoryName(config, tutorial.category), inline: true },
    { name: 'Level', value: capitalised(tutorial.level), inline: true },
    { name: 'Format', value: capitalised(tutorial.format), inline: true },
    { name: 'Author', value: tutorial.author_id === null ? '(erased)' : `<@${tutorial.author_id}>`, inline: true },
    { name: 'Review', value: STATUS_LABELS[tutorial.status], inline: true },
    { name: 'Rating', value: ratingText(stats), inline: true },
    { name: 'Views', value: String(stats.views), inline: true },
    { name: 'Completions', value: String(stats.completions), inline: true },
  ];
  if (tutorial.link !== '') fields.push({ name: 'Link', value: truncateText(tutorial.link, EMBED_LIMITS.fieldValue) });
  const text = [tutorial.summary, tutorial.body].filter((t) => t !== '').join('\n\n');
  const embed: Embed = {
    title: truncateText(
      `#${tutorial.number} ${tutorial.title === '' ? '(erased)' : tutorial.title}`,
      EMBED_LIMITS.title,
    ),
    color: STATUS_COLORS[tutorial.status],
    fields,
  };
  if (text !== '') embed.description = truncateText(text, EMBED_LIMITS.description);
  return embed;
}

/**
 * The card's buttons: a rating row (1–5 stars) and Start, Mark complete, Review (experts).
 * @param tutorial - the tutorial
 */
export function tutorialButtons(tutorial: Pick<Tutorial, 'number'>): ActionRow[] {
  const stars: ActionRow['components'] = [];
  for (let score = 1; score <= RATING_MAX; score += 1) {
    stars.push({
      kind: 'button',
      customId: libraryId(LIBRARY_IDS.rate, tutorial.number, score),
      label: '★'.repeat(score),
      style: 'secondary',
    });
  }
  return [
    { components: stars },
    {
      components: [
        { kind: 'button', customId: libraryId(LIBRARY_IDS.start, tutorial.number), label: 'Start', style: 'primary' },
        {
          kind: 'button',
          customId: libraryId(LIBRARY_IDS.complete, tutorial.number),
          label: 'Mark complete',
          style: 'success',
        },
        {
          kind: 'button',
          customId: libraryId(LIBRARY_IDS.review, tutorial.number),
          label: 'Review (experts)',
          style: 'secondary',
        },
      ],
    },
  ];
}

/**
 * The card as a message.
 * @param tutorial - the tutorial
 * @param stats - its counts
 * @param config - the library settings
 */
export function tutorialCard(tutorial: Tutorial, stats: TutorialStats, config: LibraryConfig): OutgoingMessage {
  return { embeds: [tutorialEmbed(tutorial, stats, config)], components: tutorialButtons(tutorial) };
}

/**
 * A link to a tutorial's post.
 * @param tutorial - the tutorial
 */
export function tutorialLink(tutorial: Pick<Tutorial, 'guild_id' | 'id'>): string {
  return `https://discord.com/channels/${tutorial.guild_id}/${tutorial.id}`;
}
