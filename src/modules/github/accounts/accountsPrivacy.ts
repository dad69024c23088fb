import type { MemberPrivacy } from '../../../core/MemberPrivacy.js';
import type { GithubContext } from '../GithubContext.js';

/** A member's data in the accounts part's tables: export and erase. */
export const accountsPrivacy: MemberPrivacy<GithubContext> = {
  exportMember() {
    return Promise.resolve({});
  },
  eraseMember() {
    return Promise.resolve(0);
  },
};
