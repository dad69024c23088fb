import type { MemberPrivacy } from '../../../core/MemberPrivacy.js';
import type { ChallengesContext } from '../ChallengesContext.js';

/** A member's data in the contests part's tables: export and erase. */
export const contestsPrivacy: MemberPrivacy<ChallengesContext> = {
  exportMember() {
    return Promise.resolve({});
  },
  eraseMember() {
    return Promise.resolve(0);
  },
};
