import type { ComponentHandler } from '../../../core/defineModule.js';
import { FEEDBACK_CUSTOM_IDS } from '../cards/feedbackCustomIds.js';
import type { FeedbackContext } from '../FeedbackContext.js';
import { commandPlacement } from './commandPlacement.js';
import { createItem } from './createItem.js';
import { itemLink } from './criticalAlert.js';
import { formType, parseSubmission } from './feedbackForm.js';

/**
 * The `/feedback submit` form, submitted: checks the title and details (a refusal stores
 * nothing) and makes the item, keyed by the submission's interaction id; answers the member
 * privately with its number and a link to its thread.
 */
export const feedbackFormHandler: ComponentHandler<FeedbackContext> = {
  customIdPrefix: FEEDBACK_CUSTOM_IDS.form,
  async handle(interaction, ctx) {
    const type = formType(interaction.payload.customId);
    if (type === null || interaction.type !== 'interaction.modal') {
      return { content: 'This form is no longer valid: use /feedback submit again.', ephemeral: true };
    }
    const submission = parseSubmission(interaction.payload.fields);
    if (!('title' in submission)) return submission;
    const { interactionId, userId, channelId } = interaction.payload;
    const { item } = await createItem(ctx, {
      guildId: interaction.guildId,
      id: interactionId,
      type,
      title: submission.title,
      body: submission.body,
      authorId: userId,
      source: 'command',
      at: interaction.occurredAt,
      placement: await commandPlacement(ctx, interaction.guildId, channelId),
    });
    return { content: `Thanks! Your feedback is #${item.number}: ${itemLink(item)}`, ephemeral: true };
  },
};
