import type { FeedbackPart } from '../FeedbackPart.js';

/** The feedback module's surveys part (being built). */
export const surveysPart: FeedbackPart = {};
