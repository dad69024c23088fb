import { DISCORD_EPOCH } from '../snowflakes.js';
import type { Clock } from '../../core/Clock.js';

/** Issues unique, strictly increasing snowflake-like ids (decimal strings). */
export interface IdGenerator {
  /** The next id, greater than every id issued or skipped to before. */
  next(): string;
  /**
   * Never issue an id at or below `id` again (a restarted sandbox resumes above the
   * persisted high-water mark).
   * @param id - decimal snowflake
   */
  skipTo(id: string): void;
}

/**
 * Snowflake-like ids from a clock: milliseconds since {@link DISCORD_EPOCH} shifted left by
 * 22 bits, the low bits counting ids issued within the same millisecond.
 * @see https://discord.com/developers/docs/reference#snowflakes
 */
export class SnowflakeIdGenerator implements IdGenerator {
  readonly #clock: Clock;
  #last = 0n;

  /** @param clock - the time source encoded in every id */
  constructor(clock: Clock) {
    this.#clock = clock;
  }

  next(): string {
    const ms = BigInt(Math.max(0, Math.floor(this.#clock.now() - DISCORD_EPOCH)));
    const fromTime = ms << 22n;
    this.#last = fromTime > this.#last ? fromTime : this.#last + 1n;
    return this.#last.toString();
  }

  skipTo(id: string): void {
    const value = BigInt(id);
    if (value > this.#last) this.#last = value;
  }
}

export { DISCORD_EPOCH, snowflakeTime } from '../snowflakes.js';
