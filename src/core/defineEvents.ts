import type { EventPayloads, EventType, PlatformEventType, SharedEventType } from './DomainEvent.js';

/** Turns ids into names for a summary; falls back to a short id when a name is unknown. */
export interface EventNames {
  user(userId: string | null): string;
  channel(channelId: string | null): string;
  /** A role's name, or null when unknown. */
  role(roleId: string): string | null;
}

/**
 * What a module says about one of its event types.
 * (Method syntax: a module's definitions fit the module list's wider type.)
 */
export interface EventDefinition<T extends EventType> {
  /** One line for people, e.g. `ada earned the Helper badge` (the dashboard's feed). */
  summary(payload: EventPayloads[T], names: EventNames): string;
}

/** The event types in module `Id`'s namespace (`<id>.<past_tense>`), platform types excluded. */
export type OwnEventType<Id extends string> = Exclude<Extract<EventType, `${Id}.${string}`>, PlatformEventType>;

/** The event types module `Id` may emit: its own, and the shared ones. */
export type EmittableEventType<Id extends string> = OwnEventType<Id> | SharedEventType;

/**
 * Every event type a module declared (by augmenting `EventPayloads`), each with its summary:
 * a declared type without a definition here does not compile.
 */
export type ModuleEvents<Id extends string> = { [T in OwnEventType<Id>]: EventDefinition<T> };

/** The events of a module as the module list stores them. */
export type AnyModuleEvents = Readonly<Record<string, EventDefinition<EventType>>>;

/**
 * Declares a module's events: one definition per type in its namespace.
 * @param moduleId - the module id (the namespace)
 * @param events - a summary for each of the module's event types
 */
export function defineEvents<Id extends string>(moduleId: Id, events: ModuleEvents<Id>): ModuleEvents<Id> {
  for (const type of Object.keys(events)) {
    if (!type.startsWith(`${moduleId}.`)) {
      throw new Error(`event type "${type}" of ${moduleId} must start with "${moduleId}."`);
    }
  }
  return events;
}
