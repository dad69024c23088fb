import type { MemberPrivacy } from '../../../core/MemberPrivacy.js';
import type { ChallengesContext } from '../ChallengesContext.js';

/** A member's data in the showcases part's tables: export and erase. */
export const showcasesPrivacy: MemberPrivacy<ChallengesContext> = {
  exportMember() {
    return Promise.resolve({});
  },
  eraseMember() {
    return Promise.resolve(0);
  },
};
