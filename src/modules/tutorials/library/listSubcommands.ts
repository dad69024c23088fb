import type { DomainEventOf } from '../../../core/DomainEvent.js';
import { truncateText } from '../../../platform/fitMessage.js';
import type { ActionRow, InteractionResponse } from '../../../platform/Platform.js';
import type { TutorialsContext } from '../TutorialsContext.js';
import { findTutorials, listTutorials, type LibraryFilter } from './findTutorials.js';
import { LIBRARY_IDS, libraryId } from './libraryCustomIds.js';
import { rankTutorials } from './rankTutorials.js';
import { categoryName, ratingText, tutorialLink } from './tutorialCard.js';
import { NO_STATS, tutorialStats, type Tutorial } from './tutorialStore.js';

const MAX_RESULTS = 5;

function filterOf(
  ctx: TutorialsContext,
  options: DomainEventOf<'interaction.command'>['payload']['options'],
): LibraryFilter | string {
  const filter: LibraryFilter = {};
  if (typeof options.category === 'string') {
    const ids = ctx.config.library.categories.map((c) => c.id);
    if (!ids.includes(options.category)) return `Choose a category: ${ids.join(', ')}.`;
    filter.category = options.category;
  }
  if (typeof options.level === 'string') filter.level = options.level;
  return filter;
}

/** Lines for tutorials and a Start button each (opening one counts a view). */
async function listing(
  ctx: TutorialsContext,
  guildId: string,
  heading: string,
  found: Tutorial[],
): Promise<InteractionResponse> {
  const stats = await tutorialStats(
    ctx,
    guildId,
    found.map((t) => t.id),
  );
  const lines = found.map((t) => {
    const s = stats.get(t.id) ?? NO_STATS;
    return `**#${t.number} ${truncateText(t.title, 80)}** · ${categoryName(ctx.config.library, t.category)} · ${t.level} · ${ratingText(s)} · ${s.completions} completed\n${tutorialLink(t)}`;
  });
  const buttons: ActionRow[] = [
    {
      components: found.map((t) => ({
        kind: 'button' as const,
        customId: libraryId(LIBRARY_IDS.start, t.number),
        label: `Start #${t.number}`,
        style: 'primary' as const,
      })),
    },
  ];
  return { content: truncateText(`${heading}\n${lines.join('\n')}`, 2000), components: buttons, ephemeral: true };
}

/**
 * `/tutorial find query:<words> [category] [level]`: the five best matches, each with a Start
 * button.
 * @param interaction - the command
 * @param ctx - module context
 */
export async function findSubcommand(
  interaction: DomainEventOf<'interaction.command'>,
  ctx: TutorialsContext,
): Promise<InteractionResponse> {
  const { options } = interaction.payload;
  const words = typeof options.query === 'string' ? options.query.trim() : '';
  if (words === '') return { content: 'Say what to look for.', ephemeral: true };
  const filter = filterOf(ctx, options);
  if (typeof filter === 'string') return { content: filter, ephemeral: true };
  const found = await findTutorials(ctx, interaction.guildId, words, filter, MAX_RESULTS);
  if (found.length === 0) return { content: `No tutorial matches “${truncateText(words, 100)}”.`, ephemeral: true };
  return listing(ctx, interaction.guildId, `Tutorials matching “${truncateText(words, 100)}”:`, found);
}

/**
 * `/tutorial top [category] [level]`: the best rated tutorials.
 * @param interaction - the command
 * @param ctx - module context
 */
export async function topSubcommand(
  interaction: DomainEventOf<'interaction.command'>,
  ctx: TutorialsContext,
): Promise<InteractionResponse> {
  const filter = filterOf(ctx, interaction.payload.options);
  if (typeof filter === 'string') return { content: filter, ephemeral: true };
  const all = (await listTutorials(ctx, interaction.guildId, filter)).filter((t) => t.title !== '');
  const stats = await tutorialStats(ctx, interaction.guildId);
  const top = rankTutorials(all, stats).slice(0, MAX_RESULTS);
  if (top.length === 0) return { content: 'The library has no tutorials here yet.', ephemeral: true };
  return listing(ctx, interaction.guildId, 'Top tutorials:', top);
}
