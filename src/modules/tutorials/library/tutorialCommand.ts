import type { CommandHandler } from '../../../core/defineModule.js';
import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { InteractionResponse } from '../../../platform/Platform.js';
import type { TutorialsContext } from '../TutorialsContext.js';
import { openTutorial } from './cardActions.js';
import { parseMetadata } from './commandMetadata.js';
import { editSubcommand } from './editTutorial.js';
import { TUTORIAL_FORMATS, TUTORIAL_LEVELS } from './libraryConfig.js';
import { LIBRARY_IDS, libraryId } from './libraryCustomIds.js';
import { libraryForum } from './libraryForum.js';
import { findSubcommand, topSubcommand } from './listSubcommands.js';
import { tutorialLink } from './tutorialCard.js';
import { tutorialForm } from './tutorialForm.js';
import { tutorialByNumber } from './tutorialStore.js';

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
const LEVEL_CHOICES = TUTORIAL_LEVELS.map((l) => ({ name: capitalised(l), value: l }));
const FORMAT_CHOICES = TUTORIAL_FORMATS.map((f) => ({ name: capitalised(f), value: f }));
const CATEGORY_HELP = 'Category id (getting_started, advanced_techniques, industry_workflows, troubleshooting…)';

const privately = (content: string): InteractionResponse => ({ content, ephemeral: true });

async function submitSubcommand(
  interaction: DomainEventOf<'interaction.command'>,
  ctx: TutorialsContext,
): Promise<InteractionResponse> {
  if ((await libraryForum(ctx, interaction.guildId)) === null) return privately('The tutorial library is not open.');
  const { category, level, format } = interaction.payload.options;
  const metadata = parseMetadata(ctx.config.library, category, level, format);
  if ('refusal' in metadata) return privately(metadata.refusal);
  const customId = libraryId(LIBRARY_IDS.submit, metadata.category, metadata.level, metadata.format);
  return { modal: tutorialForm(customId, 'Submit a tutorial') };
}

async function openSubcommand(
  interaction: DomainEventOf<'interaction.command'>,
  ctx: TutorialsContext,
): Promise<InteractionResponse> {
  const number = Number(interaction.payload.options.number);
  const tutorial = await tutorialByNumber(ctx, interaction.guildId, number);
  if (tutorial === undefined) return privately(`There is no tutorial #${number}.`);
  await openTutorial(ctx, tutorial, interaction.payload.userId, interaction.occurredAt);
  const link = tutorial.link === '' ? '' : `\nLink: ${tutorial.link}`;
  return privately(`#${tutorial.number} ${tutorial.title}: ${tutorialLink(tutorial)}${link}`);
}

/**
 * `/tutorial`, for every member: `submit` (a form; category, level and format as options),
 * `edit` (the author), `find`, `top`, `open`.
 */
export const tutorialCommand: CommandHandler<TutorialsContext> = {
  definition: {
    name: 'tutorial',
    description: 'Share, find and rate tutorials and guides',
    options: [
      {
        type: 'subcommand',
        name: 'submit',
        description: 'Submit a tutorial or guide to the library',
        options: [
          { name: 'category', description: CATEGORY_HELP, type: 'string', required: true },
          { name: 'level', description: 'Who it is for', type: 'string', required: true, choices: LEVEL_CHOICES },
          {
            name: 'format',
            description: 'What form it takes',
            type: 'string',
            required: true,
            choices: FORMAT_CHOICES,
          },
        ],
      },
      {
        type: 'subcommand',
        name: 'edit',
        description: 'Change your tutorial (its text, category, level or format)',
        options: [
          { name: 'number', description: 'The tutorial number (#12)', type: 'integer', required: true },
          { name: 'category', description: CATEGORY_HELP, type: 'string' },
          { name: 'level', description: 'Who it is for', type: 'string', choices: LEVEL_CHOICES },
          { name: 'format', description: 'What form it takes', type: 'string', choices: FORMAT_CHOICES },
        ],
      },
      {
        type: 'subcommand',
        name: 'find',
        description: 'Search the library',
        options: [
          { name: 'query', description: 'Words to look for', type: 'string', required: true },
          { name: 'category', description: CATEGORY_HELP, type: 'string' },
          { name: 'level', description: 'Only this level', type: 'string', choices: LEVEL_CHOICES },
        ],
      },
      {
        type: 'subcommand',
        name: 'top',
        description: 'The best rated tutorials',
        options: [
          { name: 'category', description: CATEGORY_HELP, type: 'string' },
          { name: 'level', description: 'Only this level', type: 'string', choices: LEVEL_CHOICES },
        ],
      },
      {
        type: 'subcommand',
        name: 'open',
        description: 'Open a tutorial by its number',
        options: [{ name: 'number', description: 'The tutorial number (#12)', type: 'integer', required: true }],
      },
    ],
  },
  async handle(interaction, ctx) {
    switch (interaction.payload.subcommand ?? null) {
      case 'submit':
        return submitSubcommand(interaction, ctx);
      case 'edit':
        return editSubcommand(interaction, ctx);
      case 'find':
        return findSubcommand(interaction, ctx);
      case 'top':
        return topSubcommand(interaction, ctx);
      case 'open':
        return openSubcommand(interaction, ctx);
      case null:
      default:
        return privately('Choose /tutorial submit, edit, find, top or open.');
    }
  },
};
