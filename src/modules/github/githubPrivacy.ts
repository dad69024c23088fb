import { joinPrivacy } from '../../core/privacy/joinPrivacy.js';
import { deliveriesPrivacy } from './deliveries/deliveriesPrivacy.js';
import { accountsPrivacy } from './accounts/accountsPrivacy.js';

/** A member's github data: export and erase across the module's parts. */
export const githubPrivacy = joinPrivacy([deliveriesPrivacy, accountsPrivacy]);
