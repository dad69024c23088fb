import { joinPrivacy } from '../../core/privacy/joinPrivacy.js';
import { announcementsPrivacy } from './announcements/announcementsPrivacy.js';

/** A member's crosspost data: export and erase across the module's parts. */
export const crosspostPrivacy = joinPrivacy([announcementsPrivacy]);
