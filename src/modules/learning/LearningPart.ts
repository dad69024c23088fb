import type { ModulePart } from '../../core/moduleParts.js';
import type { LearningContext } from './LearningContext.js';

/**
 * One part of the learning module (profiles, groups, mentors, journey, http);
 * `learningModule` joins the parts (`joinParts`).
 */
export type LearningPart = ModulePart<LearningContext>;
