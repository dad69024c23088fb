import type { SupportPart } from '../SupportPart.js';
import { similarOnMessage, similarOnOpened } from './suggestSimilar.js';

/**
 * Similar questions: when a question's text is known, up to `similar.max` similar solved
 * questions, FAQ entries and verified guides are suggested in its thread (BM25+ search with
 * MiniSearch over the guild's knowledge base, `rankSimilar`; quality measured by
 * bench/similarQuestions.ts).
 */
export const similarPart: SupportPart = {
  on: {
    'message.created': similarOnMessage,
    'support.question_opened': similarOnOpened,
  },
};
