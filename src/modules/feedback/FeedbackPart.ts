import type { ModulePart } from '../../core/moduleParts.js';
import type { FeedbackContext } from './FeedbackContext.js';

/**
 * One part of the feedback module (intake, lifecycle, voting, sentiment, surveys, reports,
 * http); `feedbackModule` joins the parts (`joinParts`).
 */
export type FeedbackPart = ModulePart<FeedbackContext>;
