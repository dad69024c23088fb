/** How a task is queued. */
export interface EnqueueOptions {
  /**
   * Run it before the guild's ordinary tasks still waiting (after the task running and the
   * urgent tasks queued before it). Used for interactions, which must be answered within 3 s.
   */
  urgent?: boolean;
}

type Task = () => Promise<void>;

/** A guild's waiting tasks and whether one runs. */
interface Lane {
  urgent: Task[];
  ordinary: Task[];
  running: boolean;
}

/**
 * One queue per guild: tasks of a guild run one after another; guilds run concurrently.
 * Ordinary tasks run in the order queued. An urgent task overtakes the ordinary tasks still
 * waiting (never the one running); urgent tasks keep their order among themselves. A failing
 * task rejects its own promise and never blocks the queue.
 */
export class GuildQueues {
  readonly #lanes = new Map<string, Lane>();
  #pending = 0;
  #idleWaiters: (() => void)[] = [];

  /**
   * Queues a task behind the guild's earlier tasks (urgent: behind its earlier urgent tasks only).
   * @param guildId - the queue
   * @param task - the work
   * @param options - `urgent`
   * @returns resolves or rejects with the task
   */
  enqueue(guildId: string, task: Task, options: EnqueueOptions = {}): Promise<void> {
    this.#pending += 1;
    let lane = this.#lanes.get(guildId);
    if (lane === undefined) {
      lane = { urgent: [], ordinary: [], running: false };
      this.#lanes.set(guildId, lane);
    }
    const done = new Promise<void>((resolve, reject) => {
      const wrapped: Task = () => Promise.resolve().then(task).then(resolve, reject);
      (options.urgent === true ? lane.urgent : lane.ordinary).push(wrapped);
    });
    if (!lane.running) void this.#drain(guildId, lane);
    return done;
  }

  /** Number of tasks queued or running. */
  get pending(): number {
    return this.#pending;
  }

  /** Resolves when no task is queued or running (tasks queued meanwhile included). */
  idle(): Promise<void> {
    if (this.#pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /** Runs the lane's tasks, urgent first, until it is empty. */
  async #drain(guildId: string, lane: Lane): Promise<void> {
    lane.running = true;
    // Let the caller's synchronous code finish first, as a promise chain would.
    await Promise.resolve();
    for (;;) {
      const task = lane.urgent.shift() ?? lane.ordinary.shift();
      if (task === undefined) break;
      // `task` settles its own promise and never rejects.
      await task();
      this.#pending -= 1;
    }
    lane.running = false;
    this.#lanes.delete(guildId);
    if (this.#pending === 0) this.#wakeIdle();
  }

  #wakeIdle(): void {
    const waiters = this.#idleWaiters;
    this.#idleWaiters = [];
    for (const wake of waiters) wake();
  }
}
