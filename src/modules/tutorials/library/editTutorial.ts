import type { ComponentHandler } from '../../../core/defineModule.js';
import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { InteractionResponse } from '../../../platform/Platform.js';
import type { TutorialsContext } from '../TutorialsContext.js';
import { parseMetadata } from './commandMetadata.js';
import { libraryForum, metadataTagIds } from './libraryForum.js';
import { LIBRARY_IDS, libraryId, libraryIdArgs } from './libraryCustomIds.js';
import { refreshCard } from './refreshCard.js';
import { parseTutorialText, tutorialForm } from './tutorialForm.js';
import { tutorialByNumber, updateTutorial } from './tutorialStore.js';
import type { TutorialLevel } from './libraryConfig.js';

const privately = (content: string): InteractionResponse => ({ content, ephemeral: true });
const KEEP = '-';

/**
 * `/tutorial edit number:<n> [category] [level] [format]`: the author's form, prefilled; the
 * new metadata rides in its custom id.
 * @param interaction - the command
 * @param ctx - module context
 */
export async function editSubcommand(
  interaction: DomainEventOf<'interaction.command'>,
  ctx: TutorialsContext,
): Promise<InteractionResponse> {
  const { options, userId } = interaction.payload;
  const tutorial = await tutorialByNumber(ctx, interaction.guildId, Number(options.number));
  if (tutorial === undefined) return privately(`There is no tutorial #${String(options.number)}.`);
  if (tutorial.author_id !== userId) return privately('Only its author can edit a tutorial.');
  const pick = (name: string) => {
    const value = options[name];
    return typeof value === 'string' ? value : KEEP;
  };
  const wanted = [pick('category'), pick('level'), pick('format')] as const;
  const checked = parseMetadata(
    ctx.config.library,
    wanted[0] === KEEP ? tutorial.category : wanted[0],
    wanted[1] === KEEP ? tutorial.level : wanted[1],
    wanted[2] === KEEP ? tutorial.format : wanted[2],
  );
  if ('refusal' in checked) return privately(checked.refusal);
  return {
    modal: tutorialForm(
      libraryId(LIBRARY_IDS.edit, tutorial.number, ...wanted),
      `Edit tutorial #${tutorial.number}`,
      tutorial,
    ),
  };
}

/**
 * The `/tutorial edit` form, submitted: the new text and metadata stored, the post's tags and
 * card updated; a tutorial with changes requested goes back to the experts.
 */
export const editFormHandler: ComponentHandler<TutorialsContext> = {
  customIdPrefix: LIBRARY_IDS.edit,
  async handle(interaction, ctx) {
    const args = libraryIdArgs(interaction.payload.customId, LIBRARY_IDS.edit, 4);
    if (args === null || interaction.type !== 'interaction.modal') return privately('This form is no longer valid.');
    const tutorial = await tutorialByNumber(ctx, interaction.guildId, Number(args[0]));
    if (tutorial === undefined) return privately('This tutorial is no longer in the library.');
    if (tutorial.author_id !== interaction.payload.userId) return privately('Only its author can edit a tutorial.');
    const keep = (value: string | undefined, current: string) =>
      value === undefined || value === KEEP ? current : value;
    const metadata = parseMetadata(
      ctx.config.library,
      keep(args[1], tutorial.category),
      keep(args[2], tutorial.level),
      keep(args[3], tutorial.format),
    );
    if ('refusal' in metadata) return privately(metadata.refusal);
    const text = parseTutorialText(interaction.payload.fields);
    if (!('title' in text)) return text;
    const status = tutorial.status === 'changes_requested' ? 'pending' : tutorial.status;
    await updateTutorial(ctx, tutorial, { ...text, ...metadata, status, updated_at: interaction.occurredAt });
    const forum = await libraryForum(ctx, interaction.guildId);
    if (forum !== null) {
      const level: TutorialLevel = metadata.level;
      await ctx.platform.editThread(
        tutorial.id,
        { name: text.title, appliedTags: metadataTagIds(forum, ctx.config.library, metadata.category, level) },
        `Tutorial #${tutorial.number} edited by its author`,
      );
    }
    await refreshCard(ctx, tutorial);
    return privately(
      `#${tutorial.number} is updated.${status !== tutorial.status ? ' It goes back to the experts for review.' : ''}`,
    );
  },
};
