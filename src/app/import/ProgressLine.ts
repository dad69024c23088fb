import { performance } from 'node:perf_hooks';

/**
 * A throttled progress line for standard error: messages read, rate, files, share of bytes
 * and the time left (from the bytes read so far).
 */
export class ProgressLine {
  readonly #write: (line: string) => void;
  readonly #everyMs: number;
  readonly #totalBytes: number;
  readonly #totalFiles: number;
  readonly #started = performance.now();
  #last = 0;

  /**
   * @param write - where a line goes
   * @param total - bytes and files of the whole import
   * @param everyMs - at most one line per this many ms (default 2000)
   */
  constructor(write: (line: string) => void, total: { bytes: number; files: number }, everyMs = 2000) {
    this.#write = write;
    this.#totalBytes = total.bytes;
    this.#totalFiles = total.files;
    this.#everyMs = everyMs;
  }

  /**
   * Reports progress, unless a line went out less than `everyMs` ago.
   * @param done - bytes and messages read, files finished
   */
  update(done: { bytes: number; messages: number; files: number }): void {
    const now = performance.now();
    if (now - this.#last < this.#everyMs) return;
    this.#last = now;
    const seconds = (now - this.#started) / 1000;
    const rate = done.messages / Math.max(seconds, 0.001);
    const share = this.#totalBytes === 0 ? 1 : done.bytes / this.#totalBytes;
    const left = share > 0 ? (seconds / share) * (1 - share) : Number.NaN;
    this.#write(
      `import: ${done.messages.toLocaleString('en-US')} messages (${Math.round(rate).toLocaleString('en-US')}/s), ` +
        `${done.files}/${this.#totalFiles} files, ${(share * 100).toFixed(0)}%, ETA ${duration(left)}`,
    );
  }
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
