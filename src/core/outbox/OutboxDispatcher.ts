import type { InteractionRef, InteractionReply, ModalSpec, Platform } from '../../platform/Platform.js';
import { outsideUnit } from '../../store/unitOfWork/index.js';
import type { Clock } from '../Clock.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../Logger.js';
import type { Outbox, OutboxRow } from './Outbox.js';
import { alreadyInEffect } from './alreadyInEffect.js';
import type { InteractionAnswers } from './InteractionAnswers.js';
import { isOutboxAction, perform, type OutboxAction } from './outboxActions.js';
import { decodeOutboxJson, OUTBOX_REF_PREFIX } from './outboxJson.js';
import { outboxRetry } from './outboxRetry.js';

export interface OutboxDispatcherOptions {
  outbox: Outbox;
  /** The platform adapter itself (not the outbox wrapper). */
  platform: Platform;
  clock: Clock;
  log: Logger;
  /** Told of every action carried out or given up (metrics). */
  settled?: (action: string, outcome: 'done' | 'failed' | 'retry') => void;
  /**
   * Carries out interaction answers (`respondToInteraction`, `showModal`): as an edit once the
   * interaction was deferred. Without it they go straight to the platform.
   */
  answers?: InteractionAnswers;
  /** Whether this process carries out the guild's actions (default: every guild; a worker: the guilds it owns). */
  owns?: (guildId: string) => boolean;
}

/**
 * Carries out the outbox's actions after their unit of work commits: in order per guild (one
 * worker per guild), each marked done with its result, retried with backoff, or marked failed.
 * A unit's commit kicks its guild at once; {@link OutboxDispatcher.start} polls for retries
 * and for what a previous process left (at-least-once: a crash between the action and its
 * mark carries it out again, which the idempotency key makes harmless).
 */
export class OutboxDispatcher {
  readonly #options: OutboxDispatcherOptions;
  readonly #workers = new Map<string, Promise<void>>();
  readonly #again = new Set<string>();
  #timer: NodeJS.Timeout | undefined;
  #stopped = false;

  constructor(options: OutboxDispatcherOptions) {
    this.#options = options;
  }

  /** Makes sure the guild's worker runs (now, or again after the run in progress). */
  kick(guildId: string): void {
    if (this.#stopped || this.#options.owns?.(guildId) === false) return;
    if (this.#workers.has(guildId)) {
      this.#again.add(guildId);
      return;
    }
    const worker = outsideUnit(() => this.#work(guildId)).finally(() => {
      this.#workers.delete(guildId);
      if (this.#again.delete(guildId)) this.kick(guildId);
    });
    this.#workers.set(guildId, worker);
  }

  /** Kicks every guild with an action due (start-up, and the poll). */
  async dispatchDue(): Promise<void> {
    for (const guildId of await this.#options.outbox.guildsDue(this.#options.clock.now())) this.kick(guildId);
  }

  /** Polls for due actions every `intervalMs` until {@link OutboxDispatcher.stop}. */
  start(intervalMs = 1_000): void {
    this.#timer = setInterval(() => {
      this.dispatchDue().catch((error: unknown) => this.#options.log.error({ err: error }, 'outbox poll failed'));
    }, intervalMs);
    this.#timer.unref();
  }

  /** Resolves when no worker runs (those kicked meanwhile included). */
  async idle(): Promise<void> {
    while (this.#workers.size > 0) await Promise.all(this.#workers.values());
  }

  /** True while a worker runs. */
  get busy(): boolean {
    return this.#workers.size > 0;
  }

  /** Stops polling and waits for the workers. */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer !== undefined) clearInterval(this.#timer);
    await this.idle();
  }

  async #work(guildId: string): Promise<void> {
    const { outbox, clock, log } = this.#options;
    for (;;) {
      let rows: OutboxRow[];
      try {
        rows = await outbox.pending(guildId, 25);
      } catch (error) {
        log.error({ err: error, guildId }, 'outbox: could not read pending actions; the poll retries');
        return;
      }
      if (rows.length === 0) return;
      for (const row of rows) {
        // Order per guild: a later action waits for the one before it.
        if (row.next_at > clock.now() || this.#stopped) return;
        if (!(await this.#carryOut(row))) return;
      }
    }
  }

  /** Carries out one action; false when the guild's queue must wait (a retry is due later). */
  async #carryOut(row: OutboxRow): Promise<boolean> {
    const { outbox, clock, log, settled } = this.#options;
    const attempts = row.attempts + 1;
    const context = { key: row.key, action: row.action, module: row.module, attempt: attempts };
    try {
      if (!isOutboxAction(row.action)) throw new UnknownAction(row.action);
      const args = await this.#resolveRefs(decodeOutboxJson(row.args));
      if (!Array.isArray(args)) throw new UnknownAction(`${row.action} with arguments that are not a list`);
      const result = await this.#perform(row.action, args);
      await outbox.markDone(row.id, result, clock.now());
      settled?.(row.action, 'done');
      return true;
    } catch (error) {
      if (isOutboxAction(row.action) && alreadyInEffect(row.action, error)) {
        // Carried out by an attempt the outbox could not mark (a crash in between), or by
        // someone else: what it was for holds either way.
        log.info({ ...context, err: error }, 'outbox: action had already taken effect');
        await outbox.markDone(row.id, null, clock.now());
        settled?.(row.action, 'done');
        return true;
      }
      const message = errorMessage(error);
      const next = error instanceof UnknownAction ? { giveUp: true as const } : outboxRetry(error, attempts);
      try {
        if ('giveUp' in next) {
          log.error({ ...context, err: error }, 'outbox: action failed for good');
          await outbox.markFailed(row.id, attempts, message, clock.now());
          settled?.(row.action, 'failed');
          return true;
        }
        log.warn({ ...context, err: error, retryInMs: next.retryInMs }, 'outbox: action failed; retrying');
        await outbox.markRetry(row.id, attempts, clock.now() + next.retryInMs, message);
        settled?.(row.action, 'retry');
      } catch (storeError) {
        log.error({ ...context, err: storeError }, 'outbox: could not record an outcome; the poll retries');
      }
      return false;
    }
  }

  /** Carries out an action: interaction answers through {@link InteractionAnswers}, when given. */
  #perform(action: OutboxAction, args: unknown[]): Promise<unknown> {
    const { answers, platform } = this.#options;
    if (answers !== undefined && action === 'respondToInteraction') {
      return answers.respond(args[0] as InteractionRef, args[1] as InteractionReply);
    }
    if (answers !== undefined && action === 'showModal') {
      return answers.showModal(args[0] as InteractionRef, args[1] as ModalSpec);
    }
    return perform(platform, action, args);
  }

  /** Replaces stand-in ids (`outbox:<key>`) of earlier queued messages with the real ids. */
  async #resolveRefs(value: unknown): Promise<unknown> {
    if (typeof value === 'string' && value.startsWith(OUTBOX_REF_PREFIX)) {
      const resolved = await this.#options.outbox.resolveRef(value);
      if (resolved.status === 'done') return resolved.id;
      if (resolved.status === 'pending') throw new Error(`${value} is not sent yet`);
      throw new UnknownAction(`an action on ${value}, which was never sent (${resolved.status})`);
    }
    if (Array.isArray(value)) return Promise.all(value.map((v) => this.#resolveRefs(v)));
    if (typeof value === 'object' && value !== null && !(value instanceof Uint8Array)) {
      const entries = await Promise.all(
        Object.entries(value).map(async ([k, v]) => [k, await this.#resolveRefs(v)] as const),
      );
      return Object.fromEntries(entries);
    }
    return value;
  }
}

/** An action this version cannot carry out (stored by another version, or refers to a failed one). */
class UnknownAction extends Error {
  override readonly name = 'UnknownAction';
  constructor(what: string) {
    super(`outbox: cannot carry out ${what}`);
  }
}
