import { performance } from 'node:perf_hooks';
import type { Store } from '../../store/Store.js';
import { currentUnit } from '../../store/unitOfWork/index.js';
import type { Clock } from '../Clock.js';
import type { AnyModuleContext, EventHandler } from '../defineModule.js';
import type { DomainEvent, EventType } from '../DomainEvent.js';
import type { LoadedModule } from '../Engine.js';
import type { EventHandlings } from '../EventHandlings.js';
import type { EventLog } from '../EventLog.js';
import type { Logger } from '../Logger.js';
import type { WaitingEvent } from './GuildBatches.js';

/** What a batch needs of the engine. */
export interface BatchHandlerDeps {
  store: Store;
  clock: Clock;
  log: Logger;
  eventLog: EventLog;
  handlings: EventHandlings;
  /** The enabled modules, in module-list order. */
  modules: readonly LoadedModule[];
  context: (module: LoadedModule) => AnyModuleContext;
  /** Teaches the member directory an event (never throws outside a unit). */
  observe: (event: DomainEvent) => Promise<void>;
  /**
   * Runs after the directory learned the event and before the modules' handlers: answers an
   * interaction (the command or component router); ordinary events pass through.
   */
  route: (event: DomainEvent, done: ReadonlySet<string>, receivedAt: number | undefined) => Promise<void>;
  /** True for an event of a member erased since it was queued (its row is gone). */
  isErased: (event: DomainEvent) => Promise<boolean>;
  /** How many erasures this process has run (changes when a handler erased a member). */
  erasures: () => number;
  /** Runs one handler on one event in its own unit of work (the path of a batch of one). */
  inUnit: (event: DomainEvent, handler: string, done: ReadonlySet<string>, work: () => Promise<void>) => Promise<void>;
  failed: (event: DomainEvent, module: string, error: unknown) => Promise<void>;
  /** Called once per event handled, with the seconds its batch took. */
  handled: (event: DomainEvent, seconds: number) => void;
}

interface Entry {
  event: DomainEvent;
  /** Handlers that committed for it before a crash. */
  done: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * Handles a batch of a guild's ordinary events (several that waited while the guild was busy):
 * each module runs its handlers on all of the batch's events it subscribes to, in log order,
 * in ONE unit of work, and records which handlers wrote in one statement; the events are then
 * marked handled in one statement. So a busy guild pays a transaction per module per batch,
 * not per event. Exactly-once holds as for single events: a handler's writes, emitted events,
 * jobs and queued effects commit with its done-record (each event's effects keep their own
 * idempotency keys, `<event id>:<module>#n`). When a module's batch throws, its unit rolls back
 * and the module runs again one event per unit, so only the failing event's handler fails
 * (logged, counted, recorded) and the others commit. Every event is taught to the member
 * directory before the modules run; a module handles event N+1 before a later module handles
 * event N (modules share no tables, and what one emits is handled after the batch, as before).
 * A module with `onBatch` gets the batch's events of its types in one call (as in a history
 * replay; it may not act on the platform there: its effects are refused).
 */
export class BatchHandler {
  constructor(private readonly deps: BatchHandlerDeps) {}

  /**
   * @param batch - a guild's events, oldest first
   */
  async handle(batch: readonly WaitingEvent[]): Promise<void> {
    const { deps } = this;
    const started = performance.now();
    const entries: Entry[] = [];
    for (const { event, recovered, receivedAt } of batch) {
      if (await deps.isErased(event)) {
        deps.log.info({ type: event.type }, 'skipped an event of an erased member');
        continue;
      }
      const done = recovered ? await deps.handlings.of(event.id) : NONE;
      entries.push({ event, done });
      await deps.observe(event);
      await deps.route(event, done, receivedAt);
    }
    const erasures = deps.erasures();
    const skipped = new Set<string>();
    for (const module of deps.modules) {
      const id = module.definition.id;
      const on = module.definition.on ?? {};
      const mine = entries.filter((e) => on[e.event.type] !== undefined && !e.done.has(id));
      if (mine.length === 0) continue;
      if (mine.length > 1) {
        try {
          const erased = await deps.store.unitOfWork(() => this.#together(module, mine, erasures, skipped), {
            guildId: mine[0]?.event.guildId ?? '',
          });
          for (const eventId of erased) skipped.add(eventId);
          continue;
        } catch (error) {
          deps.log.warn(
            { module: id, events: mine.length, err: error },
            'a batch failed; handling its events one at a time',
          );
        }
      }
      for (const entry of mine) await this.#alone(module, entry, erasures, skipped);
    }
    const ids = entries.map((e) => e.event.id);
    try {
      await deps.eventLog.markManyHandled(ids);
    } catch (error) {
      // Left unhandled in the log: the next start handles them again (at-least-once).
      deps.log.error({ eventIds: ids, err: error }, 'could not mark events handled');
      return;
    }
    const seconds = (performance.now() - started) / 1000;
    for (const { event } of entries) deps.handled(event, seconds);
  }

  /**
   * Inside one unit: the module's handler on each event, then its done-records in one statement.
   * @returns the events whose member a handler erased meanwhile (kept only if the unit commits)
   */
  async #together(
    module: LoadedModule,
    entries: readonly Entry[],
    erasures: number,
    skipped: ReadonlySet<string>,
  ): Promise<Set<string>> {
    const { deps } = this;
    const unit = currentUnit();
    if (unit === undefined) throw new Error('a batch runs inside its unit of work');
    const id = module.definition.id;
    const ctx = deps.context(module);
    const wrote: string[] = [];
    const erased = new Set(skipped);
    const onBatch = module.definition.onBatch;
    if (onBatch !== undefined) {
      const events: DomainEvent[] = [];
      for (const { event } of entries) if (!(await this.#erasedSince(event, erasures, erased))) events.push(event);
      // Its contract: the same tables as `on` for each in turn, and no platform effects.
      unit.refuseEffects(`${id}'s onBatch`);
      const before = unit.writes;
      try {
        await onBatch(events, ctx);
      } finally {
        unit.allowEffects();
      }
      if (unit.writes > before) wrote.push(...events.map((e) => e.id));
    } else {
      for (const { event } of entries) {
        if (await this.#erasedSince(event, erasures, erased)) continue;
        const handler = module.definition.on?.[event.type] as EventHandler<EventType, AnyModuleContext>;
        unit.relabel(`${event.id}:${id}`);
        const before = unit.writes;
        await handler(event, ctx);
        if (unit.writes > before) wrote.push(event.id);
      }
    }
    await deps.handlings.markMany(wrote, id, deps.clock.now());
    return erased;
  }

  /** One event in its own unit, a failure recorded (the path before batching). */
  async #alone(module: LoadedModule, entry: Entry, erasures: number, skipped: Set<string>): Promise<void> {
    const { deps } = this;
    const { event, done } = entry;
    if (await this.#erasedSince(event, erasures, skipped)) return;
    const handler = module.definition.on?.[event.type] as EventHandler<EventType, AnyModuleContext>;
    try {
      await deps.inUnit(event, module.definition.id, done, () => handler(event, deps.context(module)));
    } catch (error) {
      await deps.failed(event, module.definition.id, error);
    }
  }

  /**
   * True when a handler of this batch erased the event's member: no later handler may store
   * them again (checked only once an erasure ran, as a single event's modules do).
   */
  async #erasedSince(event: DomainEvent, erasures: number, skipped: Set<string>): Promise<boolean> {
    if (skipped.has(event.id)) return true;
    if (this.deps.erasures() === erasures) return false;
    if (!(await this.deps.isErased(event))) return false;
    skipped.add(event.id);
    return true;
  }
}
