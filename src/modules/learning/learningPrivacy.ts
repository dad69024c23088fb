import type { MemberPrivacy } from '../../core/MemberPrivacy.js';
import type { LearningContext } from './LearningContext.js';

/** PLACEHOLDER (lead writes it after the parts): a member's learning data. */
export const learningPrivacy: MemberPrivacy<LearningContext> = {
  exportMember: () => Promise.resolve({}),
  eraseMember: () => Promise.resolve(0),
};
