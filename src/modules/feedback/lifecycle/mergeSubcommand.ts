import type { FeedbackSubcommand } from '../commands/FeedbackSubcommand.js';

/** `/feedback-staff merge item:<n> into:<n>` (being built). */
export const mergeSubcommand: FeedbackSubcommand = () =>
  Promise.resolve({ content: 'Not available yet.', ephemeral: true });
