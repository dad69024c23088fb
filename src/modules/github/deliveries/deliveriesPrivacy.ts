import type { MemberPrivacy } from '../../../core/MemberPrivacy.js';
import type { GithubContext } from '../GithubContext.js';

/** A member's data in the deliveries part's tables: export and erase. */
export const deliveriesPrivacy: MemberPrivacy<GithubContext> = {
  exportMember() {
    return Promise.resolve({});
  },
  eraseMember() {
    return Promise.resolve(0);
  },
};
