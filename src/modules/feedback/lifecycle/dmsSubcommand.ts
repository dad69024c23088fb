import type { FeedbackSubcommand } from '../commands/FeedbackSubcommand.js';

/** `/feedback dms allowed:<bool>`: notices by DM or in the thread only (being built). */
export const dmsSubcommand: FeedbackSubcommand = () =>
  Promise.resolve({ content: 'Not available yet.', ephemeral: true });
