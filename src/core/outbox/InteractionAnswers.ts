import { DISCORD_ERROR_CODES } from '../../platform/discordErrorCodes.js';
import { INTERACTION_TOKEN_MS } from '../../platform/discordLimits.js';
import type { InteractionRef, InteractionReply, ModalSpec, Platform } from '../../platform/Platform.js';
import { PlatformError } from '../../platform/PlatformError.js';
import { outsideUnit } from '../../store/unitOfWork/index.js';
import type { Clock } from '../Clock.js';
import type { Logger } from '../Logger.js';
import { realTimers, type Timers } from '../Timers.js';

/**
 * How long an interaction may wait for its answer before it is deferred. Discord fails an
 * interaction not acknowledged within 3 s; 2 s leaves room for the request.
 */
export const INTERACTION_DEFER_AFTER_MS = 2_000;

/** What a deferral that must become a different visibility shows before the follow-up. */
export const DEFERRED_ANSWER_BELOW = 'Done.';

/** What replaces a form that could not be shown because the interaction was deferred first. */
export const MODAL_AFTER_DEFER = 'This took too long to open the form: please try again.';

export interface InteractionAnswersOptions {
  /** The platform adapter itself (not the outbox wrapper). */
  platform: Platform;
  clock: Clock;
  log: Logger;
  /** Default {@link realTimers}. */
  timers?: Timers;
  /** Default {@link INTERACTION_DEFER_AFTER_MS}. */
  deferAfterMs?: number;
}

/** One interaction this process is answering. */
interface Tracked {
  ref: InteractionRef;
  since: number;
  cancelTimer: () => void;
  /** The answer is on its way: no deferral any more. */
  answering: boolean;
  /** Acknowledged by a deferral (`ephemeral` null: by an earlier process, visibility unknown). */
  deferred: { ephemeral: boolean | null } | null;
  /** The deferred reply was edited (then a follow-up is a message of its own). */
  edited: boolean;
  /** Every request for this interaction, one after the other. */
  chain: Promise<void>;
}

/**
 * Answers interactions on time. The router {@link InteractionAnswers.watch}es each interaction
 * it answers: when its answer has not gone out within {@link INTERACTION_DEFER_AFTER_MS}, it
 * is deferred at once (ephemeral; outside any unit of work, straight to the platform), and the
 * answer the outbox later carries out ({@link InteractionAnswers.respond}) becomes an edit of
 * the deferred reply. A handler may defer and show progress itself
 * ({@link InteractionAnswers.defer}, {@link InteractionAnswers.progress}). Requests for one
 * interaction go out one after the other, so a deferral never overtakes the answer.
 *
 * After a crash this process knows nothing of a deferral the last one sent: an answer Discord
 * refuses as already acknowledged (40060) is sent again as an edit of the original, which
 * delivers it after a deferral and changes nothing after the same answer.
 */
export class InteractionAnswers {
  readonly #options: InteractionAnswersOptions;
  readonly #timers: Timers;
  readonly #deferAfterMs: number;
  readonly #tracked = new Map<string, Tracked>();

  constructor(options: InteractionAnswersOptions) {
    this.#options = options;
    this.#timers = options.timers ?? realTimers;
    this.#deferAfterMs = options.deferAfterMs ?? INTERACTION_DEFER_AFTER_MS;
  }

  /**
   * Starts the deferral timer of an interaction about to be handled: it is deferred when its
   * answer has not gone out `deferAfterMs` after it was received (never later than that from
   * now, whatever the clocks say).
   * @param ref - the interaction
   * @param receivedAt - when it reached this process (epoch ms)
   */
  watch(ref: InteractionRef, receivedAt: number): void {
    this.#forgetExpired();
    if (this.#tracked.has(ref.interactionId)) return;
    const waited = Math.max(0, this.#options.clock.now() - receivedAt);
    const delay = Math.min(this.#deferAfterMs, Math.max(0, this.#deferAfterMs - waited));
    const tracked = this.#track(ref);
    tracked.cancelTimer = this.#timers.after(delay, () => {
      void this.defer(ref);
    });
  }

  /**
   * Defers the interaction now (callback type 5), unless its answer is already on its way or
   * it was deferred. Never rejects: a failure is logged and the answer then goes as usual.
   * @param ref - the interaction
   * @param ephemeral - whether the answer will be ephemeral (default true)
   */
  defer(ref: InteractionRef, ephemeral = true): Promise<void> {
    const tracked = this.#track(ref);
    if (tracked.answering || tracked.deferred !== null) return tracked.chain;
    tracked.cancelTimer();
    tracked.deferred = { ephemeral };
    return this.#then(tracked, async () => {
      try {
        await this.#options.platform.deferReply(ref, { ephemeral });
      } catch (error) {
        if (isAlreadyAcknowledged(error)) {
          tracked.deferred = { ephemeral: null };
          return;
        }
        tracked.deferred = null;
        this.#options.log.warn({ err: error, interactionId: ref.interactionId }, 'could not defer an interaction');
      }
    });
  }

  /**
   * Shows `reply` as the answer so far (deferring first when needed): an edit of the deferred
   * reply, sent now. The final answer replaces it. Never rejects (a failure is logged).
   * @param ref - the interaction
   * @param reply - the progress (its `ephemeral` decides a deferral not made yet)
   */
  progress(ref: InteractionRef, reply: InteractionReply): Promise<void> {
    const tracked = this.#track(ref);
    if (tracked.answering) return tracked.chain;
    if (tracked.deferred === null) void this.defer(ref, reply.ephemeral !== false);
    return this.#then(tracked, async () => {
      if (tracked.answering || tracked.deferred === null) return;
      try {
        await this.#options.platform.editReply(ref, reply);
        tracked.edited = true;
      } catch (error) {
        this.#options.log.warn({ err: error, interactionId: ref.interactionId }, 'could not show progress');
      }
    });
  }

  /**
   * Carries out the answer the outbox queued: the interaction callback, or an edit of the
   * deferred reply once deferred (with a follow-up when the answer's visibility differs from
   * the deferral's).
   * @throws what the platform threw (the outbox retries)
   */
  async respond(ref: InteractionRef, reply: InteractionReply): Promise<void> {
    const tracked = this.#tracked.get(ref.interactionId);
    if (tracked === undefined) return this.#respond(ref, reply, null);
    tracked.answering = true;
    tracked.cancelTimer();
    await this.#then(tracked, () => this.#respond(ref, reply, tracked), true);
    this.#tracked.delete(ref.interactionId);
  }

  /**
   * Carries out a queued form. A form cannot follow a deferral: the deferred reply then says to
   * try again.
   * @throws what the platform threw (the outbox retries)
   */
  async showModal(ref: InteractionRef, modal: ModalSpec): Promise<void> {
    const tracked = this.#tracked.get(ref.interactionId);
    const { platform } = this.#options;
    if (tracked === undefined) return platform.showModal(ref, modal);
    tracked.answering = true;
    tracked.cancelTimer();
    await this.#then(
      tracked,
      async () => {
        if (tracked.deferred === null) await platform.showModal(ref, modal);
        else await platform.editReply(ref, { content: MODAL_AFTER_DEFER, ephemeral: true });
      },
      true,
    );
    this.#tracked.delete(ref.interactionId);
  }

  /** Cancels every deferral timer (at stop). */
  stop(): void {
    for (const tracked of this.#tracked.values()) tracked.cancelTimer();
    this.#tracked.clear();
  }

  async #respond(ref: InteractionRef, reply: InteractionReply, tracked: Tracked | null): Promise<void> {
    const { platform } = this.#options;
    const deferred = tracked?.deferred ?? null;
    if (deferred === null) {
      try {
        await platform.respondToInteraction(ref, reply);
      } catch (error) {
        // Acknowledged already: deferred, or this very answer, by a process that crashed.
        if (!isAlreadyAcknowledged(error)) throw error;
        await platform.editReply(ref, reply);
      }
      return;
    }
    const ephemeral = reply.ephemeral === true;
    if (deferred.ephemeral === null || deferred.ephemeral === ephemeral) {
      await platform.editReply(ref, reply);
      return;
    }
    // The deferral fixed the other visibility: close it, and send the answer as a message of
    // its own (the first follow-up would take the deferred message's place and visibility).
    if (tracked?.edited !== true) {
      await platform.editReply(ref, { content: DEFERRED_ANSWER_BELOW });
      if (tracked !== null) tracked.edited = true;
    }
    await platform.followUp(ref, reply);
  }

  #track(ref: InteractionRef): Tracked {
    const existing = this.#tracked.get(ref.interactionId);
    if (existing !== undefined) return existing;
    const tracked: Tracked = {
      ref,
      since: this.#options.clock.now(),
      cancelTimer: () => undefined,
      answering: false,
      deferred: null,
      edited: false,
      chain: Promise.resolve(),
    };
    this.#tracked.set(ref.interactionId, tracked);
    return tracked;
  }

  /**
   * Runs `step` after the interaction's earlier requests, outside any unit of work (a deferral
   * or progress must not wait for, or roll back with, the handler's transaction).
   * @param rethrow - reject with the step's error (the answer); else the chain swallows it
   */
  #then(tracked: Tracked, step: () => Promise<void>, rethrow = false): Promise<void> {
    const run = tracked.chain.then(() => outsideUnit(step));
    tracked.chain = run.catch(() => undefined);
    return rethrow ? run : tracked.chain;
  }

  /** Forgets interactions whose token expired (never answered: the answer failed for good). */
  #forgetExpired(): void {
    const before = this.#options.clock.now() - INTERACTION_TOKEN_MS;
    for (const [id, tracked] of this.#tracked) {
      if (tracked.since >= before) continue;
      tracked.cancelTimer();
      this.#tracked.delete(id);
    }
  }
}

function isAlreadyAcknowledged(error: unknown): boolean {
  return error instanceof PlatformError && error.code === DISCORD_ERROR_CODES.interactionAlreadyAcknowledged;
}
