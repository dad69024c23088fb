// The challenges module's public surface: the only file other parts of Guildhall import.
export { challengesModule } from './challengesModule.js';
export type { ChallengesConfig } from './ChallengesConfig.js';
