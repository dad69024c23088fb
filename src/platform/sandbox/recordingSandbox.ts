import { ManualClock } from '../../core/Clock.js';
import type { DomainEvent, EventType } from '../../core/DomainEvent.js';
import type { Store } from '../../store/Store.js';
import type { GuildSnapshot } from '../Platform.js';
import { SandboxPlatform } from './SandboxPlatform.js';

/** A started sandbox whose events land in an array. */
export interface RecordingSandbox {
  sandbox: SandboxPlatform;
  clock: ManualClock;
  guild: GuildSnapshot;
  /** Every event delivered since start, in order. */
  events: DomainEvent[];
  /** The recorded events of one type. */
  eventsOf: <T extends EventType>(type: T) => Extract<DomainEvent, { type: T }>[];
}

/**
 * Creates (or reopens) the sandbox guild on a migrated store, on a manual clock, and starts
 * it with a sink that records every event — for tests and scripts.
 * @param store - a store migrated with the sandbox's migrations
 * @param options - guild name and clock (default: a manual clock at 2026-01-01)
 */
export async function startRecordingSandbox(
  store: Store,
  options: { name?: string; clock?: ManualClock } = {},
): Promise<RecordingSandbox> {
  const clock = options.clock ?? new ManualClock();
  const sandbox = new SandboxPlatform({ store, clock });
  const guild = await sandbox.ensureGuild(options.name ?? 'Test Guild');
  const events: DomainEvent[] = [];
  await sandbox.start((event) => {
    events.push(event);
    return Promise.resolve();
  });
  return {
    sandbox,
    clock,
    guild,
    events,
    eventsOf: <T extends EventType>(type: T) =>
      events.filter((e): e is Extract<DomainEvent, { type: T }> => e.type === type),
  };
}
