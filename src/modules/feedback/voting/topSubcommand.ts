import type { FeedbackSubcommand } from '../commands/FeedbackSubcommand.js';

/** `/feedback top [type]`: open items ranked by votes (being built). */
export const topSubcommand: FeedbackSubcommand = () =>
  Promise.resolve({ content: 'Not available yet.', ephemeral: true });
