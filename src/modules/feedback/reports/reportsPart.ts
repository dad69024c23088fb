import type { FeedbackPart } from '../FeedbackPart.js';

/** The feedback module's reports part (being built). */
export const reportsPart: FeedbackPart = {};
