import type { FeedbackSubcommand } from '../commands/FeedbackSubcommand.js';

/** `/feedback submit type:<type>`: opens the feedback form (being built). */
export const submitSubcommand: FeedbackSubcommand = () =>
  Promise.resolve({ content: 'Not available yet.', ephemeral: true });
