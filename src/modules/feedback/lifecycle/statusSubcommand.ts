import type { FeedbackSubcommand } from '../commands/FeedbackSubcommand.js';

/** `/feedback-staff status item:<n> status:<s> [note]` (being built). */
export const statusSubcommand: FeedbackSubcommand = () =>
  Promise.resolve({ content: 'Not available yet.', ephemeral: true });
