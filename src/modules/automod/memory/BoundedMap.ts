/**
 * A map that holds at most `capacity` entries: setting a key makes it the newest, and the
 * oldest entry goes when one too many is set (least recently set first). What automod keeps
 * in memory per member, guild or incident is held in these, so a busy server cannot make it
 * grow without end.
 */
export class BoundedMap<K, V> {
  readonly #entries = new Map<K, V>();
  readonly #capacity: number;

  /** @param capacity - most entries kept (at least 1) */
  constructor(capacity: number) {
    this.#capacity = Math.max(1, Math.floor(capacity));
  }

  /** Entries held. */
  get size(): number {
    return this.#entries.size;
  }

  /** The value of a key, or undefined (reading does not make it newer). */
  get(key: K): V | undefined {
    return this.#entries.get(key);
  }

  /**
   * Sets a key as the newest entry, dropping the oldest when over capacity.
   * @param key - the key
   * @param value - its value
   */
  set(key: K, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    while (this.#entries.size > this.#capacity) {
      const oldest = this.#entries.keys().next();
      if (oldest.done === true) break;
      this.#entries.delete(oldest.value);
    }
  }

  /** Removes a key; true when it was there. */
  delete(key: K): boolean {
    return this.#entries.delete(key);
  }

  /** The entries, oldest first. */
  entries(): IterableIterator<[K, V]> {
    return this.#entries.entries();
  }
}
