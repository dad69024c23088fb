/**
 * Remembers, per user, the id suffix used for their latest `member.left`, so that a
 * redelivered GUILD_MEMBER_REMOVE (after discord.js already dropped the member from its
 * cache) maps to the same event id. Bounded: the oldest entries are forgotten first.
 */
export class RecentDepartures {
  readonly #suffixes = new Map<string, string>();
  readonly #capacity: number;

  /** @param capacity - how many departures to remember */
  constructor(capacity = 10_000) {
    this.#capacity = capacity;
  }

  /** The suffix remembered for `userId`, if any. */
  get(userId: string): string | undefined {
    return this.#suffixes.get(userId);
  }

  /**
   * Remembers the suffix of a departure.
   * @param userId - who left
   * @param suffix - the stable tail of the event id
   */
  remember(userId: string, suffix: string): void {
    this.#suffixes.delete(userId);
    this.#suffixes.set(userId, suffix);
    if (this.#suffixes.size > this.#capacity) {
      const oldest = this.#suffixes.keys().next();
      if (oldest.done !== true) this.#suffixes.delete(oldest.value);
    }
  }

  /** Forgets a user (they joined again: their next departure is a new fact). */
  forget(userId: string): void {
    this.#suffixes.delete(userId);
  }
}
