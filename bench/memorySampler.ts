/**
 * RSS and heap readings for bench/memory: a 100 ms peak-RSS sampler and settled snapshots
 * (after a forced GC when node runs with --expose-gc).
 */

/** One reading, in bytes. */
export interface MemoryReading {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}

const gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;

/** Whether readings follow a forced GC (node --expose-gc). */
export const gcForced = gc !== undefined;

/**
 * Forces a full GC when exposed (twice, so finalisers' garbage goes too), then reads memory.
 */
export async function settledReading(): Promise<MemoryReading> {
  if (gc !== undefined) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
    gc();
  }
  const m = process.memoryUsage();
  return {
    rss: m.rss,
    heapUsed: m.heapUsed,
    heapTotal: m.heapTotal,
    external: m.external,
    arrayBuffers: m.arrayBuffers,
  };
}

/** Samples `process.memoryUsage.rss()` every 100 ms; the peak covers the whole run. */
export class PeakRss {
  #peak = process.memoryUsage.rss();
  #phasePeak = this.#peak;
  readonly #timer: NodeJS.Timeout;

  constructor() {
    this.#timer = setInterval(() => this.sample(), 100);
    this.#timer.unref();
  }

  /** Takes a sample now (also called between phases so short peaks are not missed). */
  sample(): void {
    const rss = process.memoryUsage.rss();
    if (rss > this.#peak) this.#peak = rss;
    if (rss > this.#phasePeak) this.#phasePeak = rss;
  }

  /** Highest RSS since start. */
  get peak(): number {
    this.sample();
    return this.#peak;
  }

  /** Highest RSS since the last call (the peak of the phase that just ended). */
  phasePeak(): number {
    this.sample();
    const peak = this.#phasePeak;
    this.#phasePeak = process.memoryUsage.rss();
    return peak;
  }

  stop(): void {
    clearInterval(this.#timer);
  }
}

/** Bytes as MB (10^6), one decimal. */
export function mb(bytes: number): string {
  return (bytes / 1_000_000).toFixed(1);
}
