import type { ModuleContext } from '../../core/defineModule.js';
import type { EventsConfig } from './EventsConfig.js';

/** What the events module's handlers get. */
export type EventsContext = ModuleContext<EventsConfig, undefined, 'events'>;
