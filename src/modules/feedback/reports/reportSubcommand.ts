import type { FeedbackSubcommand } from '../commands/FeedbackSubcommand.js';

/** `/feedback-staff report [post]`: this week’s report (being built). */
export const reportSubcommand: FeedbackSubcommand = () =>
  Promise.resolve({ content: 'Not available yet.', ephemeral: true });
