import type { FeedbackSubcommand } from '../commands/FeedbackSubcommand.js';

/** `/feedback follow item:<n> [stop:true]`: be told of an item’s changes (being built). */
export const followSubcommand: FeedbackSubcommand = () =>
  Promise.resolve({ content: 'Not available yet.', ephemeral: true });
