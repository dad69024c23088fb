import type { FeedbackPart } from '../FeedbackPart.js';
import { feedbackCommand } from './feedbackCommand.js';
import { feedbackStaffCommand } from './feedbackStaffCommand.js';

/** `/feedback` (members) and `/feedback-staff` (staff); `/survey` and `/poll` are surveys/'. */
export const commandsPart: FeedbackPart = { commands: [feedbackCommand, feedbackStaffCommand] };
