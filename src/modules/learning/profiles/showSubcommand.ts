import type { LearningSubcommand } from '../commands/LearningSubcommand.js';

/** PLACEHOLDER (lead's skeleton): replaced by the part's implementation. */
export const showSubcommand: LearningSubcommand = () =>
  Promise.resolve({ content: 'Not available yet.', ephemeral: true });
