import type { Clock } from '../../core/Clock.js';
import type { EventPayloads, EventType } from '../../core/DomainEvent.js';
import type { SandboxDatabase } from './SandboxTables.js';

/** The sandbox guild's identity. */
export interface SandboxGuildInfo {
  id: string;
  name: string;
  ownerId: string;
  botUserId: string;
}

/** What every sandbox action needs: the database, time, ids, the guild and the event sink. */
export interface SandboxContext {
  readonly db: SandboxDatabase;
  readonly clock: Clock;
  /** The guild; throws SandboxNotFoundError until `ensureGuild` has created it. */
  guild(): Promise<SandboxGuildInfo>;
  /** A fresh snowflake id. Never call it inside a transaction (it may write). */
  nextId(): Promise<string>;
  /**
   * Delivers an event with id `sandbox:<type>:<entityId>` to the sink, when started.
   * @param type - event type
   * @param entityId - what makes the fact unique (message id, reaction id …)
   * @param payload - the typed payload
   */
  emit<T extends EventType>(type: T, entityId: string, payload: EventPayloads[T]): Promise<void>;
}
