import { SHARED_EVENT_TYPES, type DomainEvent } from './DomainEvent.js';
import type { EmitOptions } from './defineModule.js';

/**
 * The event a module's `ctx.emit` records: its own declared types and the shared ones only
 * (anything else throws), with the id `<module>:<type>:<key>` so a handler run again emits
 * the same event.
 * @param moduleId - the emitting module
 * @param own - the event types the module declares
 * @param type - the type it emits
 * @param payload - the payload (typed by `ctx.emit`)
 * @param options - idempotency key and guild
 * @param now - epoch ms, the event's time
 */
export function moduleEvent(
  moduleId: string,
  own: ReadonlySet<string>,
  type: string,
  payload: unknown,
  options: EmitOptions,
  now: number,
): DomainEvent {
  if (!own.has(type) && !(SHARED_EVENT_TYPES as readonly string[]).includes(type)) {
    throw new Error(`module ${moduleId} may not emit ${type}: only its own declared events and shared ones`);
  }
  return {
    id: `${moduleId}:${type}:${options.key}`,
    type,
    guildId: options.guildId,
    occurredAt: now,
    source: moduleId,
    payload,
  } as DomainEvent;
}
