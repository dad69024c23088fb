import type { ModulePart } from '../../core/moduleParts.js';
import type { ChallengesContext } from './ChallengesContext.js';

/** One part of the challenges module; `challengesModule` joins the parts (`joinParts`). */
export type ChallengesPart = ModulePart<ChallengesContext>;
