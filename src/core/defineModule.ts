import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { CommunityConfig } from '../config/CommunityConfig.js';
import type { Migration } from '../store/Migration.js';
import type { DialectName } from '../store/Store.js';
import type { CoreTables } from '../store/CoreTables.js';
import type { InteractionReply, InteractionResponse, Platform, SlashCommandDefinition } from '../platform/Platform.js';
import type { Clock } from './Clock.js';
import type { DomainEvent, DomainEventOf, EventPayloads, EventType, Json } from './DomainEvent.js';
import type { Logger } from './Logger.js';

/** A job to run later, durably (survives restarts, runs once per key). */
export interface JobRequest {
  /** Handler name within the scheduling module's `jobs`. */
  name: string;
  /** Idempotency key: a second request with the same key is ignored. */
  key: string;
  /** Epoch ms. */
  runAt: number;
  payload: Json;
  /** Attempts before the job is marked failed (default 5). */
  maxAttempts?: number;
}

/** Everything a module handler may use. Passed in, never imported. */
export interface ModuleContext<C> {
  /** The database; a module's own tables are prefixed with its id. */
  db: Kysely<CoreTables>;
  dialect: DialectName;
  platform: Platform;
  /** This module's section of community.yaml, parsed. */
  config: C;
  /** The whole parsed community.yaml (for the guild id and shared names). */
  community: CommunityConfig;
  clock: Clock;
  log: Logger;
  /** Schedules a durable job handled by this module's `jobs[name]`. */
  schedule(job: JobRequest): Promise<void>;
  /** Records a domain event (in this module's namespace) for other modules to handle. */
  emit<T extends EventType>(type: T, payload: EventPayloads[T], options: EmitOptions): Promise<void>;
}

export interface EmitOptions {
  /** Stable id suffix: the same cause must produce the same id (replays stay idempotent). */
  key: string;
  guildId: string;
}

/** Handles one slash command owned by a module. */
export interface CommandHandler<C> {
  definition: SlashCommandDefinition;
  handle(interaction: DomainEventOf<'interaction.command'>, ctx: ModuleContext<C>): Promise<InteractionReply>;
}

/** The interactions a member starts from a message component or a modal. */
export type ComponentInteraction =
  DomainEventOf<'interaction.button'> | DomainEventOf<'interaction.select'> | DomainEventOf<'interaction.modal'>;

/**
 * Answers the buttons, select menus and modals whose custom id starts with `customIdPrefix`
 * (which must start with the module id and a colon, e.g. `moderation:appeal:`). The rest of
 * the custom id carries the handler's arguments, e.g. a case number.
 */
export interface ComponentHandler<C> {
  customIdPrefix: string;
  handle(interaction: ComponentInteraction, ctx: ModuleContext<C>): Promise<InteractionResponse>;
}

/**
 * Runs one durable job of a module. Throwing retries it with backoff.
 * (Declared as a method so a module with a specific config fits the module list.)
 */
export type JobHandler<C> = {
  run(payload: Json, ctx: ModuleContext<C>, job: { key: string; attempt: number }): Promise<void>;
}['run'];

/** A Guildhall module: data (config schema, subscriptions, migrations) plus handlers. */
export interface ModuleDefinition<S extends z.ZodType = z.ZodType> {
  /** Stable forever: config key, table prefix, log tag. */
  id: string;
  description: string;
  /** Zod schema of the module's community.yaml section (must accept `undefined` → defaults). */
  config: S;
  subscribes: readonly EventType[];
  handle?(event: DomainEvent, ctx: ModuleContext<z.infer<S>>): Promise<void>;
  /**
   * Runs once per start, after recovery, for the guild this process manages: the place to
   * schedule recurring jobs (idempotent keys make a restart schedule nothing twice).
   */
  start?(ctx: ModuleContext<z.infer<S>>, guildId: string): Promise<void>;
  commands?: readonly CommandHandler<z.infer<S>>[];
  /** Buttons, select menus and modals the module answers, by custom id prefix. */
  components?: readonly ComponentHandler<z.infer<S>>[];
  jobs?: Readonly<Record<string, JobHandler<z.infer<S>>>>;
  migrations?: readonly Migration[];
}

/**
 * Declares a module, inferring its config type from the zod schema.
 * @param definition - id, config schema, subscriptions, handlers, commands, jobs, migrations
 */
export function defineModule<S extends z.ZodType>(definition: ModuleDefinition<S>): ModuleDefinition<S> {
  if (!/^[a-z][a-z0-9_]*$/.test(definition.id)) {
    throw new Error(`module id "${definition.id}" must be lower_snake_case`);
  }
  return definition;
}

/** A module of any config type, as stored in the module list. */
export type AnyModule = ModuleDefinition;
