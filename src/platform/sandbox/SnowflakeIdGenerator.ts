import { DISCORD_EPOCH, SNOWFLAKE_TIME_SHIFT } from '../snowflakes.js';
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
  /**
   * Writes `worker` into every id from now on, so processes sharing one sandbox database
   * (`guildhall start --role …`) never issue the same id in the same millisecond.
   * @param worker - 0 … {@link MAX_WORKER}
   */
  useWorker(worker: number): void;
}

/** Ids a worker issues within one millisecond before it borrows the next one. */
const SEQUENCE_BITS = 12n;
const WORKER_BITS = SNOWFLAKE_TIME_SHIFT - SEQUENCE_BITS;
const MAX_SEQUENCE = (1n << SEQUENCE_BITS) - 1n;
/** The largest worker number (Discord's 5-bit worker and 5-bit process ids together). */
export const MAX_WORKER = Number((1n << WORKER_BITS) - 1n);

/**
 * Snowflake ids laid out like Discord's: milliseconds since {@link DISCORD_EPOCH} in the high
 * 42 bits, a 10-bit worker, and a 12-bit count of ids issued in the same millisecond (past 4,096
 * the generator moves on to the next millisecond).
 * @see https://discord.com/developers/docs/reference#snowflakes
 */
export class SnowflakeIdGenerator implements IdGenerator {
  readonly #clock: Clock;
  #ms = -1n;
  #sequence = 0n;
  #worker = 0n;

  /** @param clock - the time source encoded in every id */
  constructor(clock: Clock) {
    this.#clock = clock;
  }

  next(): string {
    const now = BigInt(Math.max(0, Math.floor(this.#clock.now() - DISCORD_EPOCH)));
    if (now > this.#ms) {
      this.#ms = now;
      this.#sequence = 0n;
    } else if (this.#sequence < MAX_SEQUENCE) {
      this.#sequence += 1n;
    } else {
      this.#ms += 1n;
      this.#sequence = 0n;
    }
    return ((this.#ms << SNOWFLAKE_TIME_SHIFT) | (this.#worker << SEQUENCE_BITS) | this.#sequence).toString();
  }

  skipTo(id: string): void {
    const ms = BigInt(id) >> SNOWFLAKE_TIME_SHIFT;
    if (ms < this.#ms) return;
    // Every id of that millisecond is taken from here on: the next one is in the millisecond after.
    this.#ms = ms;
    this.#sequence = MAX_SEQUENCE;
  }

  useWorker(worker: number): void {
    if (!Number.isInteger(worker) || worker < 0 || worker > MAX_WORKER) {
      throw new RangeError(`a snowflake worker is 0…${MAX_WORKER}, not ${worker}`);
    }
    this.#worker = BigInt(worker);
  }
}

export { DISCORD_EPOCH, snowflakeTime } from '../snowflakes.js';
