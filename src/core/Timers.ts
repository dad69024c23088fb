/**
 * Timers, the way the clock is: production uses {@link realTimers}; tests use
 * {@link ManualTimers}, which fire only when told, so nothing waits on real time.
 */
export interface Timers {
  /**
   * Calls `fn` once after `ms` milliseconds.
   * @returns cancels the call (nothing happens when it already ran)
   */
  after(ms: number, fn: () => void): () => void;
}

/** `setTimeout`, not keeping the process alive (`Infinity`: never). */
export const realTimers: Timers = {
  after(ms, fn) {
    // setTimeout would fire an over-long delay at once.
    if (ms > 2 ** 31 - 1) return () => undefined;
    const timer = setTimeout(fn, ms);
    timer.unref();
    return () => clearTimeout(timer);
  },
};

/** Timers that fire when {@link ManualTimers.advance} moves their time past them. */
export class ManualTimers implements Timers {
  #now = 0;
  #next = 0;
  readonly #due = new Map<number, { at: number; fn: () => void }>();

  after(ms: number, fn: () => void): () => void {
    const id = this.#next++;
    this.#due.set(id, { at: this.#now + Math.max(0, ms), fn });
    return () => this.#due.delete(id);
  }

  /** Timers set and not yet fired or cancelled. */
  get pending(): number {
    return this.#due.size;
  }

  /**
   * Moves time forward by `ms` and runs the timers due by then, earliest first.
   * @param ms - how far
   */
  advance(ms: number): void {
    if (ms < 0) throw new RangeError('timers do not go backwards');
    const until = this.#now + ms;
    for (;;) {
      const next = [...this.#due.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (next === undefined) break;
      this.#due.delete(next[0]);
      this.#now = next[1].at;
      next[1].fn();
    }
    this.#now = until;
  }
}
