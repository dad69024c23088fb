import type { MemberPrivacy } from '../../../core/MemberPrivacy.js';
import type { CrosspostContext } from '../CrosspostContext.js';

/** A member's data in the announcements part's tables: export and erase. */
export const announcementsPrivacy: MemberPrivacy<CrosspostContext> = {
  exportMember() {
    return Promise.resolve({});
  },
  eraseMember() {
    return Promise.resolve(0);
  },
};
