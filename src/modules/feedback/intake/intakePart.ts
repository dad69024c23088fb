import type { FeedbackPart } from '../FeedbackPart.js';
import { feedbackFormHandler } from './feedbackFormHandler.js';
import { onIntakeMessage } from './onIntakeMessage.js';
import { onIntakeThread } from './onIntakeThread.js';

/**
 * The feedback module's intake: the `/feedback submit` form (the subcommand itself is
 * `submitSubcommand`, dispatched by `/feedback`), messages in intake text channels and posts
 * in intake forums; each becomes an item through `createItem`.
 */
export const intakePart: FeedbackPart = {
  on: { 'message.created': onIntakeMessage, 'thread.created': onIntakeThread },
  components: [feedbackFormHandler],
};
