import { defineEvents } from '../../core/defineEvents.js';
import { contestsEvents } from './contests/contestsEvents.js';
import { showcasesEvents } from './showcases/showcasesEvents.js';

/** The challenges module's events: its parts'. */
export const challengesEvents = defineEvents('challenges', { ...contestsEvents, ...showcasesEvents });
