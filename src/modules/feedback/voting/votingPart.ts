import type { FeedbackPart } from '../FeedbackPart.js';

/** The feedback module's voting part (being built). */
export const votingPart: FeedbackPart = {};
