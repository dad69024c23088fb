import type { FeedbackPart } from '../FeedbackPart.js';
import { followButtonHandler } from './followButtonHandler.js';
import { downVoteButtonHandler, upVoteButtonHandler } from './voteButtonHandlers.js';

/**
 * The feedback module's voting part: the 👍 / 👎 / Follow buttons of item cards
 * (`/feedback top` and `/feedback follow` are wired in commands/). Schedules nothing.
 */
export const votingPart: FeedbackPart = {
  components: [upVoteButtonHandler, downVoteButtonHandler, followButtonHandler],
};
