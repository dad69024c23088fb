import type { CommandHandler } from '../../../core/defineModule.js';
import type { InteractionReply, ModalSpec } from '../../../platform/Platform.js';
import type { ChallengesContext } from '../ChallengesContext.js';
import { LINK_MAX, nominationMonth, recordNomination, REASON_MAX } from './recordNomination.js';
import { SHOWCASE_CUSTOM_IDS, showcaseCustomId } from './showcaseCustomIds.js';
import type { ShowcaseCategory } from './showcasesConfig.js';

const privately = (content: string): InteractionReply => ({ content, ephemeral: true });
const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/**
 * A configured category named by its id or its name (any case).
 * @param categories - the configured categories
 * @param given - what the member typed
 */
export function findCategory(categories: readonly ShowcaseCategory[], given: string): ShowcaseCategory | undefined {
  const wanted = given.trim().toLowerCase();
  return categories.find((c) => c.id === wanted || c.name.toLowerCase() === wanted);
}

/** The nomination form: the reason, and the link for a project. */
function nominationForm(month: string, category: ShowcaseCategory, nomineeId: string, link: string | null): ModalSpec {
  return {
    customId: showcaseCustomId(SHOWCASE_CUSTOM_IDS.nominate, month, category.id, nomineeId),
    title: `Nominate: ${category.name}`.slice(0, 45),
    inputs: [
      ...(category.kind === 'project'
        ? [
            {
              customId: 'link',
              label: 'Link to the project',
              style: 'short' as const,
              maxLength: LINK_MAX,
              ...(link === null ? {} : { value: link }),
            },
          ]
        : []),
      { customId: 'reason', label: 'Why? (optional)', style: 'paragraph', required: false, maxLength: REASON_MAX },
    ],
  };
}

/**
 * `/showcase nominate category member [link] [reason]`: nominates a member (or a member's
 * project, with its link) in this month's showcase; without a reason it opens a form for the
 * reason (and link).
 */
export const showcaseCommand: CommandHandler<ChallengesContext> = {
  definition: {
    name: 'showcase',
    description: 'The monthly showcase',
    options: [
      {
        type: 'subcommand',
        name: 'nominate',
        description: "Nominate a member or a member's project for this month's showcase",
        options: [
          {
            name: 'category',
            description: 'Category id or name (project_of_the_month, community_choice, creator_of_the_month)',
            type: 'string',
            required: true,
          },
          { name: 'member', description: 'The member (for a project: its maker)', type: 'user', required: true },
          { name: 'link', description: 'Link to the project (project categories)', type: 'string' },
          { name: 'reason', description: 'Why (optional; without it a form opens)', type: 'string' },
        ],
      },
    ],
  },
  async handle(interaction, ctx) {
    const { options, userId, subcommand } = interaction.payload;
    if (subcommand !== 'nominate') return privately('Choose /showcase nominate.');
    const open = await nominationMonth(ctx, interaction.guildId);
    if (typeof open === 'string') return privately(open);
    const category = findCategory(ctx.config.showcases.categories, text(options.category) ?? '');
    if (category === undefined) {
      return privately(
        `Unknown category. Choose one of: ${ctx.config.showcases.categories.map((c) => c.id).join(', ')}.`,
      );
    }
    const nomineeId = text(options.member);
    if (nomineeId === null) return privately('Name the member you nominate.');
    const link = text(options.link);
    const reason = text(options.reason);
    if (reason === null) return { modal: nominationForm(open.month, category, nomineeId, link) };
    return privately(
      await recordNomination(ctx, interaction.guildId, {
        month: open.month,
        category: category.id,
        nominatorId: userId,
        nomineeId,
        link,
        reason,
      }),
    );
  },
};
