import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { CommunityConfig } from '../config/CommunityConfig.js';
import type { ConfigDeprecation } from '../config/ConfigDeprecation.js';
import type { InteractionResponse, Platform, SlashCommandDefinition } from '../platform/Platform.js';
import type { CoreTables } from '../store/CoreTables.js';
import type { Migration } from '../store/Migration.js';
import type { DialectName } from '../store/Store.js';
import type { AuditEntry } from './AuditEntry.js';
import type { Clock } from './Clock.js';
import type { InteractionProgress } from './InteractionProgress.js';
import type { AnyModuleEvents, EmittableEventType, ModuleEvents } from './defineEvents.js';
import type { DomainEvent, DomainEventOf, EventPayloads, EventType } from './DomainEvent.js';
import type { JobDefinition, ScheduleRequest } from './defineJob.js';
import type { ModuleRoute } from './defineRoute.js';
import type { WebhookDefinition } from './defineWebhook.js';
import type { Logger } from './Logger.js';
import type { MemberDataService, MemberPrivacy } from './MemberPrivacy.js';
import type { MemberDirectoryReader } from './members/MemberDirectoryReader.js';

/** What every module context holds, before the module's own state exists (see `setup`). */
export interface ModuleBase<C, Id extends string = string> {
  /** The module id. */
  moduleId: Id;
  /** The database; a module's own tables are prefixed with its id. */
  db: Kysely<CoreTables>;
  dialect: DialectName;
  /**
   * The platform. Inside a handler, command or job (a unit of work) the effects members see
   * (messages, DMs, roles, sanctions, interaction answers) are queued in the outbox and carried
   * out after the unit commits; a queued message answers with a stand-in id (`outbox:<key>`).
   * Reads and server structure are called at once. See docs/reliability.md.
   */
  platform: Platform;
  /**
   * The platform called at once, even inside a unit of work: only for an action whose outcome
   * the handler must record now and that is idempotent in effect (a ban, timeout, kick or
   * unban; a message with a `nonce`). A crash before the unit commits runs it again.
   */
  platformNow: Platform;
  /** This module's section of community.yaml, parsed. */
  config: C;
  /** The whole parsed community.yaml (for the guild id and shared names). */
  community: CommunityConfig;
  clock: Clock;
  log: Logger;
  /** Export and erase of one member across Guildhall (used by the privacy module). */
  memberData: MemberDataService;
  /** The member directory: names, roles, joins and departures, first seen and last active. */
  members: MemberDirectoryReader;
}

/** Everything a module handler may use. Passed in, never imported. */
export interface ModuleContext<C, S = undefined, Id extends string = string> extends ModuleBase<C, Id> {
  /** What the module's `setup` returned (its caches and in-memory windows), one per engine. */
  state: S;
  /**
   * Schedules a durable job of this module; the payload is checked against the job's schema
   * at compile time (and parsed again when it runs). A second request with the same key is
   * ignored.
   */
  schedule<P extends z.ZodType>(job: JobDefinition<P>, request: ScheduleRequest<P>): Promise<void>;
  /**
   * Records a domain event for other modules to handle: one of this module's own types
   * (`<id>.…`) or a shared one (`contribution.recorded`). Anything else does not compile, and
   * throws at run time.
   */
  emit<T extends EmittableEventType<Id>>(type: T, payload: EventPayloads[T], options: EmitOptions): Promise<void>;
  /** Records a staff action in the audit log (who did what to whom). */
  audit(entry: AuditEntry): Promise<void>;
}

export interface EmitOptions {
  /** Stable id suffix: the same cause must produce the same id (replays stay idempotent). */
  key: string;
  guildId: string;
}

/** Handles one slash command owned by a module. */
export interface CommandHandler<Ctx> {
  definition: SlashCommandDefinition;
  /**
   * @param progress - to defer at once and show progress while slow work runs (optional: the
   *   router defers by itself after 2 s)
   */
  handle(
    interaction: DomainEventOf<'interaction.command'>,
    ctx: Ctx,
    progress: InteractionProgress,
  ): Promise<InteractionResponse>;
}

/** The interactions a member starts from a message component or a modal. */
export type ComponentInteraction =
  DomainEventOf<'interaction.button'> | DomainEventOf<'interaction.select'> | DomainEventOf<'interaction.modal'>;

/**
 * Answers the buttons, select menus and modals whose custom id starts with `customIdPrefix`
 * (which must start with the module id and a colon, e.g. `moderation:appeal:`). The rest of
 * the custom id carries the handler's arguments, e.g. a case number.
 */
export interface ComponentHandler<Ctx> {
  customIdPrefix: string;
  /** @param progress - to defer at once and show progress (a form cannot follow a deferral) */
  handle(interaction: ComponentInteraction, ctx: Ctx, progress: InteractionProgress): Promise<InteractionResponse>;
}

/**
 * Handles one event type. (Written as a method so a module with a specific context fits the
 * module list's wider type.)
 */
export type EventHandler<T extends EventType, Ctx> = {
  handle(event: DomainEventOf<T>, ctx: Ctx): Promise<void>;
}['handle'];

/** A module's event handlers: one per event type it subscribes to, each given its narrowed event. */
export type EventHandlers<Ctx> = { readonly [T in EventType]?: EventHandler<T, Ctx> };

/** Another module a module needs, and why (shown when the other is disabled). */
export interface ModuleRequirement {
  module: string;
  /** Why, for people: `its ban, timeout and kick effects are carried out by moderation`. */
  reason: string;
}

/** A Guildhall module: data (config schema, events, migrations) plus handlers. */
export interface ModuleDefinition<Id extends string, S extends z.ZodType, St, Ctx = ModuleContext<z.infer<S>, St, Id>> {
  /** Stable forever: config key, table prefix, event namespace, log tag. */
  id: Id;
  description: string;
  /** Zod schema of the module's community.yaml section (must accept `undefined` → defaults). */
  config: S;
  /**
   * Deprecated keys the raw (unparsed) section uses, each with its replacement: `guildhall
   * validate` prints them as warnings; the file stays valid.
   */
  configDeprecations?(rawSection: unknown): readonly ConfigDeprecation[];
  /** Modules that must be enabled when this one is (config validation says so otherwise). */
  requires?: readonly ModuleRequirement[];
  /**
   * Builds the module's in-memory state (caches, sliding windows), once per engine; handlers
   * reach it as `ctx.state`. Nothing a module keeps may live at module level.
   */
  setup?(base: ModuleBase<z.infer<S>, Id>): St;
  /** The module's own event types with their summaries (see `defineEvents`). */
  events?: ModuleEvents<Id>;
  /** Event handlers by type: the subscriptions are exactly these keys. */
  on?: EventHandlers<Ctx>;
  /**
   * Handles many events at once (a history replay's batch, or live events of a guild that
   * waited while it was busy; one unit of work): the events of the types in `on`, in their
   * order. Must leave exactly what calling `on` for each in turn would (a module's test checks
   * the two against each other); it exists so a module can fold a batch into its tables with a
   * few multi-row statements instead of a few per event. It may emit events and schedule jobs
   * (their keys come from their causes) but not act on the platform: an effect queued in it
   * throws (no one event could key it), and the batch runs again through `on`, one event each.
   */
  onBatch?(events: readonly DomainEvent[], ctx: Ctx): Promise<void>;
  /**
   * Runs once per start, after recovery, for the guild this process manages: the place to
   * schedule recurring jobs (idempotent keys make a restart schedule nothing twice).
   */
  start?(ctx: Ctx, guildId: string): Promise<void>;
  commands?: readonly CommandHandler<Ctx>[];
  /** Buttons, select menus and modals the module answers, by custom id prefix. */
  components?: readonly ComponentHandler<Ctx>[];
  /** Durable jobs the module schedules with `ctx.schedule` (see `defineJob`). */
  jobs?: readonly JobDefinition<z.ZodType, Ctx>[];
  /**
   * HTTP routes of the dashboard API (see `defineRoute`), mounted at `/api/<id><path>` behind
   * the dashboard login; the engine runs them with this module's context.
   */
  routes?: readonly ModuleRoute<Ctx>[];
  /** Incoming webhooks (`POST /webhooks/<name>`), each authenticating its sender itself. */
  webhooks?: readonly WebhookDefinition<Ctx>[];
  migrations?: readonly Migration[];
  /**
   * Export and erase of one member's data in the module's tables. Required for every module
   * that stores member data (a contract test checks each module with tables declares it).
   */
  privacy?: MemberPrivacy<Ctx>;
  /**
   * For a module with tables but no `privacy`: why its tables never hold member data (ids,
   * names, message content), e.g. `only role and channel ids`. The contract test accepts this
   * reason instead of `privacy`.
   */
  holdsNoMemberData?: string;
}

/**
 * Declares a module, inferring its id, config and state types.
 * @param definition - id, config schema, events, handlers, commands, jobs, migrations, privacy
 * @throws Error when the id is not lower_snake_case, or a job name or a route (method and
 *   path) is declared twice
 */
export function defineModule<Id extends string, S extends z.ZodType, St = undefined>(
  definition: ModuleDefinition<Id, S, St>,
): ModuleDefinition<Id, S, St> {
  if (!/^[a-z][a-z0-9_]*$/.test(definition.id)) {
    throw new Error(`module id "${definition.id}" must be lower_snake_case`);
  }
  const names = new Set<string>();
  for (const job of definition.jobs ?? []) {
    if (names.has(job.name)) throw new Error(`job ${definition.id}.${job.name} is declared twice`);
    names.add(job.name);
  }
  const routes = new Set<string>();
  for (const route of definition.routes ?? []) {
    // `/cases/:caseNumber` and `/cases/:id` are the same route to the router.
    const shape = `${route.method} ${route.path.replace(/:[^/]+/g, ':')}`;
    if (routes.has(shape))
      throw new Error(`route ${route.method} /api/${definition.id}${route.path} is declared twice`);
    routes.add(shape);
  }
  const hooks = new Set<string>();
  for (const webhook of definition.webhooks ?? []) {
    if (hooks.has(webhook.name)) throw new Error(`webhook /webhooks/${webhook.name} is declared twice`);
    hooks.add(webhook.name);
  }
  return definition;
}

/** A module of any id, config and state, as stored in the module list. */
export type AnyModule = Omit<ModuleDefinition<string, z.ZodType, unknown, AnyModuleContext>, 'events'> & {
  readonly events?: AnyModuleEvents;
};

/** The context of a module of any kind (what the engine builds). */
export type AnyModuleContext = ModuleContext<unknown, unknown>;

/** The event types a module subscribes to: the keys of its `on` map. */
export function subscriptionsOf(module: Pick<AnyModule, 'on'>): EventType[] {
  return Object.keys(module.on ?? {}) as EventType[];
}
