import type { FeedbackPart } from '../FeedbackPart.js';

/**
 * The feedback module's lifecycle part: its work is done by `/feedback-staff status` and
 * `merge`, `/feedback dms` (wired in commands/) and by `changeStatus` / `mergeItems`, which
 * the dashboard's routes call too. It has no event handlers and schedules nothing.
 */
export const lifecyclePart: FeedbackPart = {};
