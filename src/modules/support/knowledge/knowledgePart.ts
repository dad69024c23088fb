import type { SupportPart } from '../SupportPart.js';
import { articleMessage, articleThreadCreated, articleThreadUpdated } from './articleThreads.js';
import { faqCommand } from './faqCommand.js';
import { reviewButtonHandler, reviewFormHandler } from './reviewHandlers.js';

/**
 * The knowledge base: posts in the FAQ forums are published entries; posts in the guide forums
 * are guides that members peer-review (accuracy, clarity, completeness, usefulness, 1–5) until
 * they are verified and tagged; `/faq search` finds entries, verified guides and solved
 * questions.
 */
export const knowledgePart: SupportPart = {
  on: {
    'thread.created': articleThreadCreated,
    'thread.updated': articleThreadUpdated,
    'message.created': articleMessage,
  },
  components: [reviewButtonHandler, reviewFormHandler],
  commands: [faqCommand],
};
