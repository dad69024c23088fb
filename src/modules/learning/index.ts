// The learning module's public surface: the only file other parts of Guildhall import.
export { learningModule } from './learningModule.js';
export type { LearningConfig } from './LearningConfig.js';
