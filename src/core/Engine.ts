import type { CommunityConfig } from '../config/CommunityConfig.js';
import type { Metrics } from '../metrics/Metrics.js';
import type { Platform, SlashCommandDefinition } from '../platform/Platform.js';
import type { Store } from '../store/Store.js';
import { AuditLog } from './AuditLog.js';
import type { Clock } from './Clock.js';
import type { AnyModule, AnyModuleContext, ModuleBase } from './defineModule.js';
import { subscriptionsOf } from './defineModule.js';
import type { AnyRoute, RouteActor, RouteInput, RouteRefusal, RouteResult } from './defineRoute.js';
import type { AnyWebhook, WebhookInput, WebhookResult } from './defineWebhook.js';
import type { DomainEvent, Json } from './DomainEvent.js';
import { errorMessage } from './errors.js';
import { EventLog } from './EventLog.js';
import type { Logger } from './Logger.js';
import { GuildQueues } from './GuildQueues.js';
import { InteractionRouter } from './InteractionRouter.js';
import { MemberDirectory } from './members/MemberDirectory.js';
import { MemberData } from './MemberData.js';
import { EventHandlings } from './EventHandlings.js';
import { InteractionAnswers, Outbox, OutboxDispatcher, OutboxPlatform } from './outbox/index.js';
import type { Timers } from './Timers.js';
import { currentUnit } from '../store/unitOfWork/index.js';
import { lockGuildLog } from '../store/guildLogLock.js';
import { announceEvent } from '../store/announceEvent.js';
import { settleThroughLog } from './settleThroughLog.js';
import type { PrivacyOwner } from './MemberPrivacy.js';
import { Replayer, type ReplayOptions, type ReplayResult } from './replay/Replayer.js';
import { moduleEvent } from './moduleEvent.js';
import { BatchHandler, GuildBatches, type WaitingEvent } from './batches/index.js';

/** A module with its parsed community.yaml section. */
export interface LoadedModule {
  definition: AnyModule;
  config: unknown;
}

/** A job as the durable scheduler stores it. */
export interface JobRequest {
  /** The job's name within its module. */
  name: string;
  /** Idempotency key: a second request with the same key is ignored. */
  key: string;
  /** Epoch ms. */
  runAt: number;
  payload: Json;
  /** Attempts before the job is marked failed (default 5). */
  maxAttempts?: number;
}

/** Where modules' jobs go (the durable scheduler). */
export interface JobScheduling {
  schedule(module: string, job: JobRequest): Promise<boolean>;
}

/** A job handed back by the scheduler when it is due. */
export interface DueJob {
  key: string;
  module: string;
  name: string;
  payload: Json;
  attempt: number;
}

/** A module's HTTP route, with the module that owns it. */
export interface ModuleRouteEntry {
  moduleId: string;
  route: AnyRoute;
}

/** An incoming webhook and the module that declared it. */
export interface ModuleWebhookEntry {
  moduleId: string;
  webhook: AnyWebhook;
}

export interface EngineOptions {
  store: Store;
  platform: Platform;
  clock: Clock;
  log: Logger;
  metrics: Metrics;
  community: CommunityConfig;
  modules: readonly LoadedModule[];
  scheduler: JobScheduling;
  /** Owners of member data outside modules (event log, jobs, sandbox), for export and erase. */
  privacyOwners?: readonly PrivacyOwner[];
  /**
   * When an unanswered interaction is deferred (default 2 s after it arrived,
   * `INTERACTION_DEFER_AFTER_MS`) and the timers that say so (tests pass `ManualTimers`).
   */
  interactions?: { deferAfterMs?: number; timers?: Timers };
  /**
   * `local` (default): events are handled in this process as they are recorded. `log`: this
   * process only records them and announces them on PostgreSQL; the worker that owns the guild
   * takes them from the log ({@link Engine.takeFromLog}, `src/core/LogFollower.ts`).
   */
  handling?: 'local' | 'log';
  /** Whether this process carries out the guild's outbox (default: every guild). */
  owns?: (guildId: string) => boolean;
  /**
   * The most events of a guild handled together, one unit of work per module (default 32):
   * events that waited while the guild was busy (src/core/batches). 1 handles each alone.
   */
  batchSize?: number;
}

/** What happened to an ingested event. */
export interface IngestResult {
  /** False when the event was a redelivery of one already recorded. */
  recorded: boolean;
  /** Resolves once every subscribed module has handled it (immediately for duplicates). */
  handled: Promise<void>;
}

/**
 * Records every event once, then runs each subscribed module on it. Events of one guild are
 * handled in order; a module that throws is logged, counted and recorded, and the others
 * still run. An event is committed to the log before any module acts on it, so events
 * recorded but not handled (a crash) are handled by {@link Engine.recover} at the next start.
 */
export class Engine {
  readonly #options: EngineOptions;
  /** The modules whose section is not `enabled: false`, in module-list order. */
  readonly #enabled: readonly LoadedModule[];
  readonly #log: EventLog;
  readonly #queues = new GuildQueues();
  readonly #batches: GuildBatches;
  /** Handles a batch of a guild's events; never rejects (failures are logged and recorded). */
  readonly #handleBatch: (batch: readonly WaitingEvent[]) => Promise<void>;
  readonly #contexts = new Map<string, AnyModuleContext>();
  readonly #audit: AuditLog;
  readonly #memberData: MemberData;
  readonly #directory: MemberDirectory;
  /** Members erased by this process lately: their events still queued are skipped (bounded). */
  readonly #erased: string[] = [];
  /** How many erasures this process has run (a handler that erased changes it). */
  #erasures = 0;
  readonly #router: InteractionRouter;
  readonly #handlings: EventHandlings;
  readonly #outbox: Outbox;
  readonly #dispatcher: OutboxDispatcher;
  readonly #answers: InteractionAnswers;
  /** Event types some enabled module subscribes to (interactions are always handled). */
  readonly #handledTypes = new Set<string>(INTERACTION_TYPES);
  /** Interaction types some module handles by itself (the router then leaves unowned ones). */
  readonly #subscribedInteractions = new Set<string>();
  /** History replay, made on first use ({@link Engine.replay}). */
  #replayer: Replayer | undefined;

  /** @param options - store, platform, clock, logger, metrics, parsed config, modules, scheduler */
  constructor(options: EngineOptions) {
    this.#options = options;
    this.#enabled = options.modules.filter((m) => !isDisabled(m.config));
    this.#log = new EventLog(options.store.db, options.clock, { dialect: options.store.dialect });
    this.#audit = new AuditLog(options.store.db, options.clock);
    this.#handlings = new EventHandlings(options.store.db);
    this.#directory = new MemberDirectory(options.store.db, options.clock);
    this.#outbox = new Outbox(options.store.db);
    this.#answers = new InteractionAnswers({
      platform: options.platform,
      clock: options.clock,
      log: options.log.child({ component: 'interactions' }),
      ...options.interactions,
    });
    this.#dispatcher = new OutboxDispatcher({
      answers: this.#answers,
      outbox: this.#outbox,
      platform: options.platform,
      clock: options.clock,
      log: options.log.child({ component: 'outbox' }),
      settled: (action, outcome) => options.metrics.outboxActions.inc({ action, outcome }),
      ...(options.owns === undefined ? {} : { owns: options.owns }),
    });
    this.#memberData = new MemberData(
      () => this.#privacyOwners(),
      this.#audit,
      (userId) => this.#rememberErased(userId),
    );
    for (const module of this.#enabled) {
      for (const type of subscriptionsOf(module.definition)) {
        this.#handledTypes.add(type);
        if (INTERACTION_TYPES.includes(type)) this.#subscribedInteractions.add(type);
      }
    }
    const batches = new BatchHandler({
      store: options.store,
      clock: options.clock,
      log: options.log,
      eventLog: this.#log,
      handlings: this.#handlings,
      modules: this.#enabled,
      context: (module) => this.#context(module),
      observe: (event) => this.#observeMember(event),
      route: (event, done, receivedAt) => this.#route(event, done, receivedAt),
      isErased: (event) => this.#isErased(event),
      erasures: () => this.#erasures,
      inUnit: (event, handler, done, work) => this.#inUnit(event, handler, done, work),
      failed: (event, module, error) => this.#failed(event, module, error),
      handled: (event, seconds) => {
        options.metrics.eventsHandled.inc({ type: event.type });
        options.metrics.eventLatency.observe(seconds);
      },
    });
    this.#handleBatch = async (batch) => {
      try {
        await batches.handle(batch);
      } catch (error) {
        // Left unhandled in the log: the next start handles them again.
        options.log.error({ events: batch.length, err: error }, 'a batch of events could not be handled');
      }
    };
    this.#batches = new GuildBatches(this.#queues, options.batchSize ?? DEFAULT_BATCH_SIZE, this.#handleBatch);
    this.#router = new InteractionRouter(
      this.#enabled.map(({ definition }) => ({
        id: definition.id,
        commands: definition.commands ?? [],
        components: definition.components ?? [],
      })),
      {
        platform: this.#outboxPlatform('engine'),
        answers: this.#answers,
        context: (id) => this.#contextOf(id),
        unit: (event, handler, done, work) => this.#inUnit(event, handler, done, work),
        failed: (event, module, error) => this.#failed(event, module, error),
      },
    );
  }

  /** The audit log of staff actions. */
  get audit(): AuditLog {
    return this.#audit;
  }

  /** Member export and erase across every module and the core. */
  get memberData(): MemberData {
    return this.#memberData;
  }

  /** Slash commands of the enabled modules, to register with the platform. */
  commandDefinitions(): SlashCommandDefinition[] {
    return this.#router.commandDefinitions();
  }

  /**
   * Records an event and queues it for its guild. A redelivery is dropped and counted.
   * @param event - a normalised domain event
   */
  async ingest(event: DomainEvent): Promise<IngestResult> {
    if (this.#options.handling === 'log') return this.#recordForWorkers(event);
    // An event nobody handles (yet) is still recorded, as a fact for analytics and replays,
    // but skips the queue and the second write.
    const unhandled = !this.#handledTypes.has(event.type);
    if (unhandled && currentUnit() === undefined && this.#directory.observes(event.type)) {
      // Recorded as handled and taught to the member directory in one transaction: a crash
      // between the two would leave the event handled and the directory without it.
      return this.#options.store.unitOfWork(() => this.ingest(event), { guildId: event.guildId });
    }
    const recorded = await this.#log.record(event, unhandled);
    if (!recorded) {
      this.#options.metrics.eventsDuplicate.inc({ type: event.type });
      return { recorded, handled: Promise.resolve() };
    }
    if (unhandled) {
      // No module runs on it, but the member directory still learns from it (joins, messages…).
      await this.#observeMember(event);
      this.#options.metrics.eventsHandled.inc({ type: event.type });
      return { recorded, handled: Promise.resolve() };
    }
    const unit = currentUnit();
    if (unit === undefined) return { recorded, handled: this.#enqueue(event) };
    // Recorded inside a unit of work (an event a handler emits, a sandbox input): it is
    // handled once the unit commits, and never if it rolls back (then it was never recorded).
    const handled = new Promise<void>((resolve) => {
      unit.afterCommit(() => resolve(this.#enqueue(event)));
      unit.afterRollback(() => resolve());
    });
    return { recorded, handled };
  }

  /**
   * Records an event for the worker that owns its guild, in a unit of work (which takes the
   * guild's log lock, so the guild's events commit in `seq` order), and announces it.
   */
  async #recordForWorkers(event: DomainEvent): Promise<IngestResult> {
    const { store } = this.#options;
    if (currentUnit() === undefined) {
      return store.unitOfWork(() => this.#recordForWorkers(event), { guildId: event.guildId });
    }
    const unhandled = !this.#handledTypes.has(event.type);
    const recorded = await this.#log.record(event, unhandled);
    if (!recorded) this.#options.metrics.eventsDuplicate.inc({ type: event.type });
    else if (unhandled) await this.#observeMember(event);
    else await announceEvent(store.db, store.dialect, event.guildId);
    return { recorded, handled: Promise.resolve() };
  }

  /**
   * Worker role: queues the guild's events not handled yet that were logged after `afterSeq`
   * (call it only while this process owns the guild).
   * @param guildId - the guild
   * @param afterSeq - the last `seq` taken before (0 after taking the guild over)
   * @param options - `recovered`: a previous owner may have handled them in part (handlers
   *   that committed are skipped); `limit`: at most this many
   * @returns the last `seq` taken, how many, and a promise of their handling
   */
  async takeFromLog(
    guildId: string,
    afterSeq: number,
    options: { recovered: boolean; limit: number },
  ): Promise<{ lastSeq: number; taken: number; handled: Promise<void> }> {
    const logged = await this.#log.unhandledAfter(guildId, afterSeq, options.limit);
    const now = this.#options.clock.now();
    // An interaction's 3 s run from when the recorder stamped it, if that is earlier.
    const handled = logged.map(({ event }) => this.#enqueue(event, options.recovered, Math.min(now, event.occurredAt)));
    return {
      lastSeq: logged.at(-1)?.seq ?? afterSeq,
      taken: logged.length,
      handled: Promise.all(handled).then(() => undefined),
    };
  }

  /**
   * Resolves when every queued event (including events emitted meanwhile) is handled and the
   * outbox has carried out every action due (including those of events the actions caused).
   */
  async settle(): Promise<void> {
    // Recorded for the workers: settled once they handled what was logged and caused (at most 15 s).
    if (this.#options.handling === 'log') {
      return settleThroughLog(this.#options.store.db, this.#options.clock, 15_000);
    }
    do {
      await this.#queues.idle();
      await this.#dispatcher.idle();
    } while (this.#queues.pending > 0 || this.#dispatcher.busy);
  }

  /**
   * Replays past events (history import) through the named modules only, never acting on the
   * platform: one unit of work per batch records them already handled, updates the member
   * directory and runs the modules' handlers with effects discarded (src/core/replay/Replayer.ts).
   * @param events - a batch, oldest first
   * @param options - the module ids to run (analytics; recognition with --award-points)
   */
  replay(events: readonly DomainEvent[], options: ReplayOptions): Promise<ReplayResult> {
    this.#replayer ??= new Replayer({
      store: this.#options.store,
      clock: this.#options.clock,
      log: this.#options.log.child({ component: 'replay' }),
      platform: this.#options.platform,
      modules: this.#enabled,
      context: (module) => this.#context(module),
      observe: (events) => this.#directory.observeMany(events),
      failed: (event, module, error) => this.#failed(event, module, error),
      record: (events) => this.#log.recordHandled(events),
    });
    return this.#replayer.replay(events, options);
  }

  /** The replay in use (discarded effects, dropped jobs), once {@link Engine.replay} ran. */
  get replayer(): Replayer | undefined {
    return this.#replayer;
  }

  /** The outbox of platform actions (stand-in ids, counts). */
  get outbox(): Outbox {
    return this.#outbox;
  }

  /**
   * Carries out the outbox's due actions now and polls for retries every `intervalMs` until
   * {@link Engine.stop}.
   * @param intervalMs - poll interval (default 1 s)
   */
  async startOutbox(intervalMs?: number): Promise<void> {
    await this.#dispatcher.dispatchDue();
    this.#dispatcher.start(intervalMs);
  }

  /** Stops the outbox poll after the events and actions in progress. */
  async stop(): Promise<void> {
    await this.settle();
    await this.#dispatcher.stop();
    this.#answers.stop();
  }

  /**
   * Queues an event on its guild's queue. Interactions go ahead of the guild's events waiting
   * there (a member waits for the answer, and Discord for it within 3 s), after the event being
   * handled and the interactions queued before; everything else keeps log order, in batches of
   * the events that waited while the guild was busy ({@link GuildBatches}).
   */
  #enqueue(event: DomainEvent, recovered = false, receivedAt = this.#options.clock.now()): Promise<void> {
    if (!INTERACTION_TYPES.includes(event.type)) return this.#batches.add({ event, recovered });
    // An interaction's 3 s run from when it reached this process (not the event's time:
    // the clocks of Discord and this host need not agree).
    // A batch of one, taken at once.
    const batch = [{ event, recovered, receivedAt }];
    return this.#queues.enqueue(event.guildId, () => this.#handleBatch(batch), { urgent: true });
  }

  /**
   * Handles events that were recorded but not handled (the last process stopped between
   * recording and handling). Call once at start, before the platform delivers new events.
   * @param guildIds - the guilds this process owns (all when omitted)
   * @returns how many events were recovered
   */
  async recover(guildIds?: readonly string[]): Promise<number> {
    const events = await this.#log.unhandled(guildIds);
    for (const event of events) {
      // Never rejects: failures are logged and recorded while the batch is handled.
      void this.#enqueue(event, true);
    }
    // What the last process queued but did not carry out.
    await this.#dispatcher.dispatchDue();
    await this.settle();
    return events.length;
  }

  /**
   * Runs each enabled module's `start` hook for the guild (after {@link Engine.recover}).
   * A failing hook is logged and recorded like a failing handler; the others still run.
   * @param guildId - the guild this process manages
   */
  async startModules(guildId: string): Promise<void> {
    for (const module of this.#enabled) {
      const { definition } = module;
      if (definition.start === undefined) continue;
      try {
        await definition.start(this.#context(module), guildId);
      } catch (error) {
        const message = errorMessage(error);
        this.#options.log.error({ module: module.definition.id, err: error }, 'module start failed');
        this.#options.metrics.handlerErrors.inc({ module: module.definition.id, type: 'start' });
        await this.#log.recordFailure(
          `start:${module.definition.id}:${this.#options.clock.now()}`,
          module.definition.id,
          message,
        );
      }
    }
  }

  /**
   * Runs a due job with its module's handler. Throws when the handler throws (the scheduler
   * retries with backoff).
   * @param job - the claimed job
   */
  async runJob(job: DueJob): Promise<void> {
    const module = this.#enabled.find((m) => m.definition.id === job.module);
    const definition = module?.definition.jobs?.find((j) => j.name === job.name);
    if (module === undefined || definition === undefined) {
      throw new Error(`no job handler ${job.module}.${job.name} (module disabled or removed)`);
    }
    const parsed = definition.payload.safeParse(job.payload);
    if (!parsed.success) {
      throw new Error(`job ${job.module}.${job.name} (${job.key}) has an invalid payload: ${parsed.error.message}`);
    }
    // One unit of work: the job's writes, emits, jobs and effects commit with its record, so
    // a job run again after a crash between its commit and the scheduler's mark does nothing.
    const jobId = `job:${job.key}`;
    const handler = `${job.module}.${job.name}`;
    const guildId =
      typeof job.payload === 'object' && job.payload !== null && 'guildId' in job.payload
        ? job.payload.guildId
        : undefined;
    await this.#options.store.unitOfWork(
      async () => {
        if (await this.#handlings.has(jobId, handler)) return;
        await definition.run(parsed.data, this.#context(module), { key: job.key, attempt: job.attempt });
        await this.#handlings.mark(jobId, handler, this.#options.clock.now());
      },
      { effectKey: `${jobId}:${handler}`, ...(typeof guildId === 'string' ? { guildId } : {}) },
    );
  }

  /** The HTTP routes of the enabled modules, in module-list order (the server mounts them). */
  moduleRoutes(): ModuleRouteEntry[] {
    return this.#enabled.flatMap(({ definition }) =>
      (definition.routes ?? []).map((route) => ({ moduleId: definition.id, route })),
    );
  }

  /**
   * Runs a module's HTTP route with the module's context. A GET runs as is (it only reads); a
   * POST runs as one unit of work keyed `http:<request id>`, so its writes, emitted events,
   * jobs, audit entries and queued platform effects (DMs, unbans…) commit together and the
   * outbox carries the effects out after. A POST that refuses (4xx) is rolled back.
   * @param moduleId - the module that declared the route
   * @param route - one of {@link Engine.moduleRoutes}
   * @param input - the parsed request, the signed-in actor, the guild and a unique request id
   * @throws what the handler threw (after rolling its unit back)
   */
  async runRoute(
    moduleId: string,
    route: AnyRoute,
    input: RouteInput<unknown, unknown, unknown, RouteActor | null>,
  ): Promise<RouteResult<unknown>> {
    const ctx = this.#contextOf(moduleId);
    if (route.method === 'GET') return route.handle(input, ctx);
    const refusal: { value?: RouteRefusal } = {};
    try {
      return await this.#options.store.unitOfWork(
        async () => {
          const result = await route.handle(input, ctx);
          if (result.status === 200) return result;
          refusal.value = result;
          throw new RouteRefused();
        },
        { effectKey: `http:${input.requestId}`, guildId: input.guildId },
      );
    } catch (error) {
      if (error instanceof RouteRefused && refusal.value !== undefined) return refusal.value;
      throw error;
    }
  }

  /** The incoming webhooks of the enabled modules, in module-list order (the server mounts them). */
  moduleWebhooks(): ModuleWebhookEntry[] {
    return this.#enabled.flatMap(({ definition }) =>
      (definition.webhooks ?? []).map((webhook) => ({ moduleId: definition.id, webhook })),
    );
  }

  /**
   * Runs a module's incoming webhook with the module's context as one unit of work keyed
   * `webhook:<request id>`: its writes, emitted events, jobs and queued platform effects commit
   * together. A refusal (4xx) is rolled back.
   * @param moduleId - the module that declared it
   * @param webhook - one of {@link Engine.moduleWebhooks}
   * @param input - headers, raw body, guild and a unique request id
   * @throws what the handler threw (after rolling its unit back)
   */
  async runWebhook(moduleId: string, webhook: AnyWebhook, input: WebhookInput): Promise<WebhookResult> {
    const ctx = this.#contextOf(moduleId);
    const refusal: { value?: WebhookResult } = {};
    try {
      return await this.#options.store.unitOfWork(
        async () => {
          const result = await webhook.handle(input, ctx);
          if (result.status === 200 || result.status === 202) return result;
          refusal.value = result;
          throw new RouteRefused();
        },
        { effectKey: `webhook:${input.requestId}`, guildId: input.guildId },
      );
    } catch (error) {
      if (error instanceof RouteRefused && refusal.value !== undefined) return refusal.value;
      throw error;
    }
  }

  /**
   * Runs one handler's work as a unit of work (writes, emitted events, scheduled jobs, audit
   * entries and queued platform actions commit together), skipping a handler that already
   * committed for this event, and recording that it did when it changed anything.
   * @throws what the work threw, after rolling it back
   */
  async #inUnit(
    event: DomainEvent,
    handler: string,
    done: ReadonlySet<string>,
    work: () => Promise<void>,
  ): Promise<void> {
    if (done.has(handler)) return;
    await this.#options.store.unitOfWork(
      async () => {
        await work();
        if (currentUnit()?.wrote === true) await this.#handlings.mark(event.id, handler, this.#options.clock.now());
      },
      { effectKey: `${event.id}:${handler}`, guildId: event.guildId },
    );
  }

  /** Answers an interaction through the router (after the directory learned its member); other events pass. */
  async #route(event: DomainEvent, done: ReadonlySet<string>, receivedAt = this.#options.clock.now()): Promise<void> {
    if (event.type === 'interaction.command') await this.#router.command(event, done, receivedAt);
    else if (
      event.type === 'interaction.button' ||
      event.type === 'interaction.select' ||
      event.type === 'interaction.modal'
    ) {
      await this.#router.component(event, !this.#subscribedInteractions.has(event.type), done, receivedAt);
    }
  }

  /** Updates the member directory; a failure is logged (the start's member list sync mends it), never thrown. */
  async #observeMember(event: DomainEvent): Promise<void> {
    try {
      await this.#directory.observe(event);
    } catch (error) {
      // Inside a unit of work the failure rolls the event's recording back with it (it is then
      // delivered again); outside one, the event is still handled by the modules.
      if (currentUnit() !== undefined) throw error;
      this.#options.log.error({ eventId: event.id, err: error }, 'could not update the member directory');
    }
  }

  async #failed(event: DomainEvent, module: string, error: unknown): Promise<void> {
    const message = errorMessage(error);
    this.#options.log.error({ eventId: event.id, eventType: event.type, module, err: error }, 'handler failed');
    this.#options.metrics.handlerErrors.inc({ module, type: event.type });
    try {
      await this.#log.recordFailure(event.id, module, message);
    } catch (storeError) {
      this.#options.log.error({ eventId: event.id, err: storeError }, 'could not record handler failure');
    }
  }

  #rememberErased(userId: string): void {
    this.#erasures += 1;
    this.#erased.push(userId);
    if (this.#erased.length > 1000) this.#erased.shift();
  }

  /**
   * True for an event queued before its member was erased: it names them and its row is gone
   * (rewritten under a tombstone id), so no module may store it again.
   */
  async #isErased(event: DomainEvent): Promise<boolean> {
    if (this.#erased.length === 0) return false;
    const text = `${event.id} ${JSON.stringify(event.payload)}`;
    if (!this.#erased.some((userId) => text.includes(userId))) return false;
    return !(await this.#log.exists(event.id));
  }

  #contextOf(moduleId: string): AnyModuleContext {
    const module = this.#enabled.find((m) => m.definition.id === moduleId);
    if (module === undefined) throw new Error(`module ${moduleId} is not enabled`);
    return this.#context(module);
  }

  /** Module privacy bound to contexts (disabled modules too: their tables still hold data), then the core's. */
  #privacyOwners(): PrivacyOwner[] {
    const owners: PrivacyOwner[] = [];
    for (const module of this.#options.modules) {
      const privacy = module.definition.privacy;
      if (privacy === undefined) continue;
      owners.push({
        id: module.definition.id,
        exportMember: (guildId, userId) => privacy.exportMember(this.#context(module), guildId, userId),
        eraseMember: (guildId, userId, options) => privacy.eraseMember(this.#context(module), guildId, userId, options),
        blankContentBefore: async (before: number) =>
          (await privacy.blankContentBefore?.(this.#context(module), before)) ?? 0,
      });
    }
    return [...owners, ...(this.#options.privacyOwners ?? [])];
  }

  /** The platform as `owner` sees it: effects queued in the outbox inside units of work. */
  #outboxPlatform(owner: string): OutboxPlatform {
    const { platform, clock } = this.#options;
    return new OutboxPlatform(platform, this.#outbox, clock, owner, (guildId) => this.#dispatcher.kick(guildId));
  }

  #context(module: LoadedModule): AnyModuleContext {
    const { definition } = module;
    const id = definition.id;
    const existing = this.#contexts.get(id);
    if (existing !== undefined) return existing;
    const { store, clock, log, community, scheduler } = this.#options;
    const base: ModuleBase<unknown> = {
      moduleId: id,
      db: store.db,
      dialect: store.dialect,
      platform: this.#outboxPlatform(id),
      platformNow: this.#options.platform,
      config: module.config,
      community,
      clock,
      log: log.child({ module: id }),
      memberData: this.#memberData,
      members: this.#directory,
    };
    const jobNames = new Set((definition.jobs ?? []).map((j) => j.name));
    const events = new Set(Object.keys(definition.events ?? {}));
    const context: AnyModuleContext = {
      ...base,
      state: definition.setup === undefined ? undefined : definition.setup(base),
      schedule: async (job, request) => {
        if (!jobNames.has(job.name)) throw new Error(`module ${id} has no job "${job.name}" in its jobs list`);
        const maxAttempts = request.maxAttempts ?? job.maxAttempts;
        await scheduler.schedule(id, {
          name: job.name,
          key: request.key,
          runAt: request.runAt,
          payload: request.payload,
          ...(maxAttempts === undefined ? {} : { maxAttempts }),
        });
      },
      emit: async (type, payload, options) => {
        // The time is read under the guild's log lock, so log order and time order agree.
        await lockGuildLog(store.db, store.dialect, options.guildId);
        const event = moduleEvent(id, events, type, payload, options, clock.now());
        await this.ingest(event);
      },
      audit: (entry) => this.#audit.record(entry),
    };
    this.#contexts.set(id, context);
    return context;
  }
}

const DEFAULT_BATCH_SIZE = 32;

/** Thrown inside a route's unit of work to roll back a refusal (caught by `runRoute`). */
class RouteRefused extends Error {}

/** Interactions are always handled: the router answers them. */
const INTERACTION_TYPES: readonly string[] = [
  'interaction.command',
  'interaction.button',
  'interaction.select',
  'interaction.modal',
];

function isDisabled(config: unknown): boolean {
  return typeof config === 'object' && config !== null && 'enabled' in config && config.enabled === false;
}
