import type { FeedbackPart } from '../FeedbackPart.js';

/** The feedback module's intake part (being built). */
export const intakePart: FeedbackPart = {};
