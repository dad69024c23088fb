import { errorMessage } from './errors.js';
import type { Logger } from './Logger.js';

/** What a follower needs of the engine. */
export interface FollowedEngine {
  takeFromLog(
    guildId: string,
    afterSeq: number,
    options: { recovered: boolean; limit: number },
  ): Promise<{ lastSeq: number; taken: number; handled: Promise<void> }>;
}

/** What a follower needs of its lease connection (`src/store/LeaseConnection.ts`). */
export interface GuildLeases {
  tryAcquire(guildId: string): Promise<boolean>;
  holds(guildId: string): boolean;
  listen(announced: (guildId: string) => void): Promise<void>;
}

export interface LogFollowerOptions {
  engine: FollowedEngine;
  leases: GuildLeases;
  /** The guilds this deployment serves: the follower owns those no other worker owns. */
  guildIds: readonly string[];
  log: Logger;
  /**
   * Called once a guild is taken over, before its events are taken (the modules' start hooks,
   * the outbox the previous owner left).
   */
  acquired: (guildId: string) => Promise<void>;
  /** Real-time pause between lease attempts and log polls (default 1 s; announcements wake it sooner). */
  pollMs?: number;
  /** Events taken per read (default 500): at most this many wait in memory per guild. */
  batch?: number;
}

/** A guild this follower owns. */
interface Owned {
  afterSeq: number;
  /** True until the backlog the previous owner left is read through. */
  recovered: boolean;
  /** Events of that backlog taken so far. */
  backlog: number;
  draining: Promise<void> | undefined;
  again: boolean;
}

/**
 * The worker role's loop: takes over each guild no live worker owns (a session advisory lock,
 * released when its holder dies), then handles the guild's events from the event log in `seq`
 * order as recorders announce them (LISTEN/NOTIFY) and on a poll, a batch at a time. Events the
 * previous owner left are handled as after a crash (handlers that committed are skipped).
 */
export class LogFollower {
  readonly #options: LogFollowerOptions;
  readonly #owned = new Map<string, Owned>();
  #timer: NodeJS.Timeout | undefined;
  #tick: Promise<void> | undefined;
  #stopped = false;

  /** @param options - engine, leases, guilds, logger, take-over hook */
  constructor(options: LogFollowerOptions) {
    this.#options = options;
  }

  /** Listens for announcements, tries to take every guild over, and starts the poll. */
  async start(): Promise<void> {
    await this.#options.leases.listen((guildId) => this.#wake(guildId));
    await this.#poll();
    const pause = this.#options.pollMs ?? 1_000;
    this.#timer = setInterval(() => {
      this.#tick ??= this.#poll().finally(() => (this.#tick = undefined));
    }, pause);
    this.#timer.unref();
  }

  /**
   * Whether this process owns the guild now.
   * @param guildId - the guild
   */
  owns(guildId: string): boolean {
    return this.#owned.has(guildId) && this.#options.leases.holds(guildId);
  }

  /** Stops taking events; resolves once the events taken are handled. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#timer);
    await this.#tick;
    for (const owned of this.#owned.values()) if (owned.draining !== undefined) await owned.draining;
  }

  /** Takes over free guilds and drains the owned ones (what an announcement may have missed). */
  async #poll(): Promise<void> {
    for (const guildId of this.#options.guildIds) {
      if (this.#stopped) return;
      try {
        if (!this.#owned.has(guildId)) await this.#takeOver(guildId);
        this.#wake(guildId);
      } catch (error) {
        this.#options.log.error({ guildId, err: error }, 'could not take the guild over');
      }
    }
  }

  async #takeOver(guildId: string): Promise<void> {
    if (!(await this.#options.leases.tryAcquire(guildId))) return;
    this.#options.log.info({ guildId }, 'this worker owns the guild now');
    await this.#options.acquired(guildId);
    this.#owned.set(guildId, { afterSeq: 0, recovered: true, backlog: 0, draining: undefined, again: false });
  }

  #wake(guildId: string): void {
    const owned = this.#owned.get(guildId);
    if (owned === undefined || this.#stopped) return;
    if (owned.draining !== undefined) {
      owned.again = true;
      return;
    }
    owned.draining = this.#drain(guildId, owned).finally(() => (owned.draining = undefined));
  }

  /** Takes the guild's events in batches until none is left (again if woken meanwhile). */
  async #drain(guildId: string, owned: Owned): Promise<void> {
    const limit = this.#options.batch ?? 500;
    do {
      owned.again = false;
      for (;;) {
        if (this.#stopped || !this.owns(guildId)) return;
        try {
          const { lastSeq, taken, handled } = await this.#options.engine.takeFromLog(guildId, owned.afterSeq, {
            recovered: owned.recovered,
            limit,
          });
          owned.afterSeq = lastSeq;
          if (owned.recovered) owned.backlog += taken;
          await handled;
          if (taken < limit) {
            if (owned.recovered) {
              this.#options.log.info(
                { guildId, recovered: owned.backlog },
                'handled the events left by the last owner',
              );
            }
            owned.recovered = false;
            break;
          }
        } catch (error) {
          // The poll tries again from the same place.
          this.#options.log.error({ guildId, err: errorMessage(error) }, 'could not take events from the log');
          return;
        }
      }
    } while (owned.again);
  }
}
