import type { AnyModule } from './defineModule.js';
import type { EventNames } from './defineEvents.js';
import { PLATFORM_EVENT_TYPES, SHARED_EVENT_TYPES } from './DomainEvent.js';
import { platformEventSummaries, sharedEventSummaries } from './platformEventSummaries.js';

type Summarize = (payload: never, names: EventNames) => string;

/**
 * Every event type Guildhall knows, assembled from the platform's, the shared ones and each
 * module's own declarations (so core, the server and the web never list a module's events),
 * with the one-line summary of each.
 */
export class EventCatalog {
  readonly #summaries = new Map<string, Summarize>();
  readonly #owners = new Map<string, string>();

  /**
   * @param modules - the modules (their `id` and `events`)
   * @throws Error when two owners declare the same type
   */
  constructor(modules: readonly Pick<AnyModule, 'id' | 'events'>[]) {
    for (const type of PLATFORM_EVENT_TYPES) this.#add(type, 'platform', platformEventSummaries[type]);
    for (const type of SHARED_EVENT_TYPES) this.#add(type, 'shared', sharedEventSummaries[type]);
    for (const module of modules) {
      for (const [type, definition] of Object.entries(module.events ?? {})) {
        this.#add(type, module.id, (payload, names) => definition.summary(payload, names));
      }
    }
  }

  /** Every known event type: platform types first, then shared, then each module's. */
  get types(): string[] {
    return [...this.#owners.keys()];
  }

  /**
   * Who declares a type: `platform`, `shared` or a module id; null when unknown.
   * @param type - an event type
   */
  ownerOf(type: string): string | null {
    return this.#owners.get(type) ?? null;
  }

  /**
   * Writes a one-line human summary of a recorded event, e.g. `ada joined`. Unknown types
   * (a disabled or removed module's) and unreadable payloads fall back to the type name, so
   * an old or foreign row never breaks the feed.
   * @param type - the event type as stored
   * @param payloadJson - the stored JSON payload
   * @param names - resolves ids to names
   */
  summarize(type: string, payloadJson: string, names: EventNames): string {
    const summary = this.#summaries.get(type);
    if (summary === undefined) return type;
    try {
      // The log is written by the engine from typed events, so the payload matches its type.
      return summary(JSON.parse(payloadJson) as never, names);
    } catch {
      return type;
    }
  }

  #add(type: string, owner: string, summary: Summarize): void {
    const existing = this.#owners.get(type);
    if (existing !== undefined) throw new Error(`event type ${type} is declared by ${existing} and ${owner}`);
    this.#owners.set(type, owner);
    this.#summaries.set(type, summary);
  }
}
