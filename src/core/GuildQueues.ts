/**
 * One FIFO queue per guild: tasks of a guild run one after another, in the order queued;
 * guilds run concurrently. A failing task rejects its own promise and never blocks the queue.
 */
export class GuildQueues {
  readonly #tails = new Map<string, Promise<void>>();
  #pending = 0;
  #idleWaiters: (() => void)[] = [];

  /**
   * Queues a task behind the guild's earlier tasks.
   * @param guildId - the queue
   * @param task - the work
   * @returns resolves or rejects with the task
   */
  enqueue(guildId: string, task: () => Promise<void>): Promise<void> {
    this.#pending += 1;
    const previous = this.#tails.get(guildId) ?? Promise.resolve();
    const run = previous.then(task).finally(() => {
      this.#pending -= 1;
      if (this.#tails.get(guildId) === tail) this.#tails.delete(guildId);
      if (this.#pending === 0) this.#wakeIdle();
    });
    // The tail swallows the error so the next task still runs; the caller gets `run`.
    const tail = run.catch(() => undefined);
    this.#tails.set(guildId, tail);
    return run;
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

  #wakeIdle(): void {
    const waiters = this.#idleWaiters;
    this.#idleWaiters = [];
    for (const wake of waiters) wake();
  }
}
