import type { FeedbackPart } from '../FeedbackPart.js';

/** The feedback module's http part (being built). */
export const httpPart: FeedbackPart = {};
