import type { MemberPrivacy } from '../../../core/MemberPrivacy.js';
import type { GithubContext } from '../GithubContext.js';

/**
 * A member's data in the deliveries part's tables: none. Delivery records and forum-post ids
 * hold GitHub logins and channel ids, never a Discord id (mentions are resolved when a notice is
 * posted and not stored), so there is nothing to export or erase here; a member's link to
 * their login is the accounts part's.
 */
export const deliveriesPrivacy: MemberPrivacy<GithubContext> = {
  exportMember() {
    return Promise.resolve({});
  },
  eraseMember() {
    return Promise.resolve(0);
  },
};
