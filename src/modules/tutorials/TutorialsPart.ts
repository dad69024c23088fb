import type { ModulePart } from '../../core/moduleParts.js';
import type { TutorialsContext } from './TutorialsContext.js';

/** One part of the tutorials module; `tutorialsModule` joins the parts (`joinParts`). */
export type TutorialsPart = ModulePart<TutorialsContext>;
