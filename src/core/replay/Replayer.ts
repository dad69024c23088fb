import type { Platform } from '../../platform/Platform.js';
import type { Store } from '../../store/Store.js';
import type { Clock } from '../Clock.js';
import type { AnyModuleContext, EventHandler } from '../defineModule.js';
import type { DomainEvent, EventType } from '../DomainEvent.js';
import type { LoadedModule } from '../Engine.js';
import type { Logger } from '../Logger.js';
import { ReplayPlatform } from './ReplayPlatform.js';
import { moduleEvent } from '../moduleEvent.js';

/** Which modules a replay runs. */
export interface ReplayOptions {
  /** Module ids; only enabled modules among them run (others are ignored). */
  modules: readonly string[];
}

/** What one replayed batch did. */
export interface ReplayResult {
  /** Events of the batch recorded now (new to the log). */
  recorded: number;
  /** Events already in the log (seen live, imported before, or erased): not handled again. */
  known: number;
  /** Events the replayed handlers emitted (recorded and handled by the replayed modules only). */
  emitted: number;
  /** Handler runs that threw (recorded in `handler_failures`; the batch was then replayed one event per unit). */
  failures: number;
}

/** What a replayer needs from the engine. */
export interface ReplayerDeps {
  store: Store;
  clock: Clock;
  log: Logger;
  /** The engine's platform (reads only). */
  platform: Platform;
  /** The enabled modules. */
  modules: readonly LoadedModule[];
  /** A module's live context (its state, db, config …); the replay swaps its effects out. */
  context: (module: LoadedModule) => AnyModuleContext;
  /** The member directory's update from handled events (in their order, batched). */
  observe: (events: readonly DomainEvent[]) => Promise<void>;
  /** Records a handler failure as the engine does (log, metric, `handler_failures`). */
  failed: (event: DomainEvent, module: string, error: unknown) => Promise<void>;
  /** Records events already handled, skipping known and erased ones (`EventLog.recordHandled`); returns the new ones. */
  record: (events: readonly DomainEvent[]) => Promise<DomainEvent[]>;
}

/** Emitted events handled in a row before the replay stops following them (a loop guard). */
const MAX_EMIT_ROUNDS = 10;

/**
 * Replays past events (history import) through chosen modules without acting on the
 * platform. Each batch is ONE unit of work: the events are recorded in the event log already
 * handled (so a later `start` never hands them to onboarding or automod), the member
 * directory observes the new ones, the chosen modules' handlers run on them with a context
 * whose platform discards effects ({@link ReplayPlatform}), whose jobs are dropped and whose
 * emitted events are recorded handled and replayed through the same modules in the same
 * unit. A module with `onBatch` gets the round's events of its types in one call instead.
 * Handler runs are not marked in `event_handlings`: those marks let a live event handled
 * again after a crash skip the handlers that committed, but a replayed event is recorded
 * handled in the very unit its handlers write in, so it is never handled again. A crash leaves a batch either wholly
 * committed or not at all. When a handler throws, the batch is rolled back and replayed one
 * event per unit through `on`, each handler in a savepoint, its failure recorded.
 */
export class Replayer {
  readonly #deps: ReplayerDeps;
  readonly #effects: ReplayPlatform;
  readonly #contexts = new Map<string, AnyModuleContext>();
  /** Emitted events of the unit in progress. */
  #emitted: DomainEvent[] = [];
  /** Jobs the replayed handlers asked for, dropped. */
  droppedJobs = 0;

  /** @param deps - what the replay uses of the engine */
  constructor(deps: ReplayerDeps) {
    this.#deps = deps;
    this.#effects = new ReplayPlatform(deps.platform);
  }

  /** Platform effects discarded so far, by method. */
  get discardedEffects(): ReadonlyMap<string, number> {
    return this.#effects.discarded;
  }

  /**
   * Replays one batch (see the class).
   * @param events - events in the order they happened
   * @param options - the modules to run
   */
  async replay(events: readonly DomainEvent[], options: ReplayOptions): Promise<ReplayResult> {
    const modules = this.#deps.modules.filter((m) => options.modules.includes(m.definition.id));
    const guildId = events[0]?.guildId;
    const label = guildId === undefined ? {} : { guildId };
    try {
      return await this.#deps.store.unitOfWork(() => this.#batch(events, modules, false), label);
    } catch (error) {
      this.#deps.log.warn(
        { err: error, events: events.length },
        'replay: a batch failed; replaying it one event at a time',
      );
    }
    const total: ReplayResult = { recorded: 0, known: 0, emitted: 0, failures: 0 };
    for (const event of events) {
      const one = await this.#deps.store.unitOfWork(() => this.#batch([event], modules, true), {
        guildId: event.guildId,
      });
      total.recorded += one.recorded;
      total.known += one.known;
      total.emitted += one.emitted;
      total.failures += one.failures;
    }
    return total;
  }

  async #batch(
    events: readonly DomainEvent[],
    modules: readonly LoadedModule[],
    isolate: boolean,
  ): Promise<ReplayResult> {
    const { store } = this.#deps;
    const fresh = await this.#deps.record(events);
    const result: ReplayResult = {
      recorded: fresh.length,
      known: events.length - fresh.length,
      emitted: 0,
      failures: 0,
    };
    let round = fresh;
    for (let depth = 0; round.length > 0 && depth < MAX_EMIT_ROUNDS; depth += 1) {
      this.#emitted = [];
      await this.#deps.observe(round);
      for (const module of modules) {
        const handlers = module.definition.on ?? {};
        const mine = round.filter((event) => handlers[event.type] !== undefined);
        if (mine.length === 0) continue;
        const ctx = this.#context(module);
        const onBatch = module.definition.onBatch;
        if (!isolate && onBatch !== undefined) {
          await onBatch(mine, ctx);
          continue;
        }
        for (const event of mine) {
          const handler = handlers[event.type] as EventHandler<EventType, AnyModuleContext>;
          if (!isolate) {
            await handler(event, ctx);
            continue;
          }
          const emittedBefore = this.#emitted.length;
          try {
            await store.unitOfWork(() => handler(event, ctx));
          } catch (error) {
            // Its savepoint rolled back: what it emitted was never recorded.
            this.#emitted.length = emittedBefore;
            result.failures += 1;
            await this.#deps.failed(event, module.definition.id, error);
          }
        }
      }
      round = this.#emitted;
      result.emitted += round.length;
    }
    if (round.length > 0) {
      this.#deps.log.warn(
        { events: round.length },
        'replay: emitted events still emitting after 10 rounds were recorded, not handled',
      );
    }
    return result;
  }

  /** The live context with the platform's effects discarded, jobs dropped and emits replayed. */
  #context(module: LoadedModule): AnyModuleContext {
    const id = module.definition.id;
    const existing = this.#contexts.get(id);
    if (existing !== undefined) return existing;
    const live = this.#deps.context(module);
    const own = new Set(Object.keys(module.definition.events ?? {}));
    const context: AnyModuleContext = {
      ...live,
      platform: this.#effects.platform,
      platformNow: this.#effects.platform,
      schedule: () => {
        this.droppedJobs += 1;
        return Promise.resolve();
      },
      emit: async (type, payload, options) => {
        const event = moduleEvent(id, own, type, payload, options, this.#deps.clock.now());
        const [recorded] = await this.#deps.record([event]);
        if (recorded !== undefined) this.#emitted.push(recorded);
      },
    };
    this.#contexts.set(id, context);
    return context;
  }
}
