import type { FeedbackSubcommand } from '../commands/FeedbackSubcommand.js';
import { FeedbackTypeName } from '../config/FeedbackTypes.js';
import { feedbackForm } from './feedbackForm.js';

/**
 * `/feedback submit type:<type>`: answers with the feedback form of that type (title and
 * details); submitting it makes the item (`feedbackFormHandler`).
 */
export const submitSubcommand: FeedbackSubcommand = (interaction) => {
  const type = FeedbackTypeName.safeParse(interaction.payload.options['type']);
  if (!type.success) {
    return Promise.resolve({ content: 'Choose a type: bug, feature, general or suggestion.', ephemeral: true });
  }
  return Promise.resolve({ modal: feedbackForm(type.data) });
};
