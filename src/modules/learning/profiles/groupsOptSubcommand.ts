import type { LearningSubcommand } from '../commands/LearningSubcommand.js';

/** PLACEHOLDER (lead's skeleton): replaced by the part's implementation. */
export const groupsOptSubcommand: LearningSubcommand = () =>
  Promise.resolve({ content: 'Not available yet.', ephemeral: true });
