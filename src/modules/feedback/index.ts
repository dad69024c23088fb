// The feedback module's public surface: the only file other parts of Guildhall import.
export { feedbackModule } from './feedbackModule.js';
export type { FeedbackConfig } from './FeedbackConfig.js';
