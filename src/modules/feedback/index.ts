// The feedback module's public surface: the only file other parts of Guildhall import.
export { feedbackModule } from './feedbackModule.js';
export type { FeedbackConfig } from './FeedbackConfig.js';
// The sentiment scorer, for bench/sentiment.ts.
export { labelOf, scoreSentiment } from './sentiment/scoreSentiment.js';
export type { SentimentLabel } from './config/FeedbackTypes.js';
