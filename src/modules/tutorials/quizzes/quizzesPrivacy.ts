import type { MemberPrivacy } from '../../../core/MemberPrivacy.js';
import type { TutorialsContext } from '../TutorialsContext.js';

/** A member's data in the quizzes part's tables: export and erase. */
export const quizzesPrivacy: MemberPrivacy<TutorialsContext> = {
  exportMember() {
    return Promise.resolve({});
  },
  eraseMember() {
    return Promise.resolve(0);
  },
};
