import type { ModulePart } from '../../core/moduleParts.js';
import type { CrosspostContext } from './CrosspostContext.js';

/** One part of the crosspost module; `crosspostModule` joins the parts (`joinParts`). */
export type CrosspostPart = ModulePart<CrosspostContext>;
