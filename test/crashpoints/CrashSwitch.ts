/** Thrown at an injected crash point, and by everything the dead process tries after it. */
export class Crash extends Error {
  override readonly name = 'Crash';
}

/**
 * Counts the await points of a simulated process (its queries and platform calls) and kills it
 * at the armed one: that point and every later one throws, so nothing after it is written or
 * sent, as after kill -9. A transaction open at that moment rolls back, as the database does
 * when a connection dies.
 */
export class CrashSwitch {
  /** Await points passed so far. */
  count = 0;
  dead = false;
  /** Where the last crash happened (for the failure message). */
  where = '';

  /** @param armedAt - the point to crash at (1-based), or null for a clean run */
  constructor(private readonly armedAt: number | null) {}

  /** One await point: throws when it is the armed one or the process is already dead. */
  point(label: string): void {
    if (this.dead) throw new Crash(`dead process: ${label}`);
    this.count += 1;
    if (this.count === this.armedAt) {
      this.dead = true;
      this.where = label;
      throw new Crash(`crash point ${this.count}: ${label}`);
    }
  }
}
