import { joinPrivacy } from '../../core/privacy/joinPrivacy.js';
import { contestsPrivacy } from './contests/contestsPrivacy.js';
import { showcasesPrivacy } from './showcases/showcasesPrivacy.js';

/** A member's challenges data: export and erase across the module's parts. */
export const challengesPrivacy = joinPrivacy([contestsPrivacy, showcasesPrivacy]);
