/**
 * The only source of time in Guildhall. Production uses {@link systemClock}; tests and
 * replays use {@link ManualClock} so that cooldowns, journeys and decay are deterministic.
 */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}

/** Wall-clock time. */
export const systemClock: Clock = { now: () => Date.now() };

/** A clock that only moves when told to. */
export class ManualClock implements Clock {
  #now: number;

  /** @param start - epoch ms to start at */
  constructor(start: number | Date = Date.UTC(2026, 0, 1)) {
    this.#now = typeof start === 'number' ? start : start.getTime();
  }

  now(): number {
    return this.#now;
  }

  /** Moves time forward by `ms`. */
  advance(ms: number): void {
    if (ms < 0) throw new RangeError('a clock does not go backwards');
    this.#now += ms;
  }

  /** Sets the time (never backwards). */
  set(epochMs: number): void {
    this.advance(epochMs - this.#now);
  }
}
