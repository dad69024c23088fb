import type { MemberPrivacy } from '../../core/MemberPrivacy.js';
import type { FeedbackContext } from './FeedbackContext.js';

/** A member's feedback data (being built). */
export const feedbackPrivacy: MemberPrivacy<FeedbackContext> = {
  exportMember: () => Promise.resolve({}),
  eraseMember: () => Promise.resolve(0),
};
