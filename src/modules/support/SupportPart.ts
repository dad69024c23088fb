import type { ModulePart } from '../../core/moduleParts.js';
import type { SupportContext } from './SupportContext.js';

/**
 * One part of the support module (questions, solutions, escalation, nudges, similar
 * questions, knowledge base, reports); `supportModule` joins the parts (`joinParts`).
 */
export type SupportPart = ModulePart<SupportContext>;
