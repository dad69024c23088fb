// The events module's public surface: the only file other parts of Guildhall import.
export { eventsModule } from './eventsModule.js';
export type { EventsConfig } from './EventsConfig.js';
export { formatProgrammePlan, planEventsProgramme, type ProgrammePlanEntry } from './programme/programmePlanReport.js';
