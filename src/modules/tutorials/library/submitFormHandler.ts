import type { ComponentHandler } from '../../../core/defineModule.js';
import type { TutorialsContext } from '../TutorialsContext.js';
import { parseMetadata } from './commandMetadata.js';
import { LIBRARY_IDS, libraryIdArgs } from './libraryCustomIds.js';
import { submitTutorial } from './submitTutorial.js';
import { tutorialLink } from './tutorialCard.js';
import { parseTutorialText } from './tutorialForm.js';

/**
 * The `/tutorial submit` form, submitted (`tutorials:submit:<category>:<level>:<format>`):
 * checks the text, starts the forum post with its card, and answers with its link.
 */
export const submitFormHandler: ComponentHandler<TutorialsContext> = {
  customIdPrefix: LIBRARY_IDS.submit,
  async handle(interaction, ctx) {
    const args = libraryIdArgs(interaction.payload.customId, LIBRARY_IDS.submit, 3);
    const metadata = args === null ? null : parseMetadata(ctx.config.library, args[0], args[1], args[2]);
    if (metadata === null || !('category' in metadata) || interaction.type !== 'interaction.modal') {
      return { content: 'This form is no longer valid: use /tutorial submit again.', ephemeral: true };
    }
    const text = parseTutorialText(interaction.payload.fields);
    if (!('title' in text)) return text;
    const tutorial = await submitTutorial(
      ctx,
      interaction.guildId,
      interaction.payload.userId,
      text,
      metadata,
      { source: 'command' },
      interaction.occurredAt,
    );
    if (tutorial === null) return { content: 'The tutorial library is not open: nothing was saved.', ephemeral: true };
    return {
      content: `Thanks! Your tutorial is #${tutorial.number}: ${tutorialLink(tutorial)}. An expert will review it.`,
      ephemeral: true,
    };
  },
};
