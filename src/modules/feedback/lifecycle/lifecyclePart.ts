import type { FeedbackPart } from '../FeedbackPart.js';

/** The feedback module's lifecycle part (being built). */
export const lifecyclePart: FeedbackPart = {};
