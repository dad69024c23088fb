// The deliveries part's events: payload types (merged into core's EventPayloads) and a summary each;
// `githubEvents` joins the parts' definitions. No member-written text in payloads.
import type { EventDefinition } from '../../../core/defineEvents.js';

// declare module '../../../core/DomainEvent.js' {
//   interface EventPayloads {
//     'github.something_happened': { userId: string };
//   }
// }

/** A summary line for each of the part's event types. */
export const deliveriesEvents: { [T in never]: EventDefinition<T> } = {};
