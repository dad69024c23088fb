import { EventCatalog } from '../../core/EventCatalog.js';
import { moduleList } from '../../modules/moduleList.js';

import type { EventNames } from '../../core/defineEvents.js';

export type { EventNames };

/** The event types of the platform and every module, with their summaries. */
const catalog = new EventCatalog(moduleList);

/**
 * Writes a one-line human summary of a recorded event, e.g. `ada joined` or
 * `ada in #general: “hello everyone”`, from the summaries the platform and each module
 * declare. Unknown types and unreadable payloads fall back to the type name.
 * @param type - the event type as stored
 * @param payloadJson - the stored JSON payload
 * @param names - resolves user and channel ids to names
 */
export function summarizeEvent(type: string, payloadJson: string, names: EventNames): string {
  return catalog.summarize(type, payloadJson, names);
}
