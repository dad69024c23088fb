import type { FeedbackPart } from '../FeedbackPart.js';

/** The feedback module's sentiment part (being built). */
export const sentimentPart: FeedbackPart = {};
