import { MinHeap } from '../../../core/MinHeap.js';
import type { DceFile } from './dceFiles.js';
import type { DceHeader, DceMessage } from './DceMessage.js';
import { readDceCsv } from './readDceCsv.js';
import { readDceJson, type DceItem } from './readDceJson.js';

/** A file to read: where to resume, and when its messages begin (to open it only then). */
export interface FileToRead {
  file: DceFile;
  /** Messages of the file already imported (resume after them). */
  startAt: number;
  /** Epoch ms of its first message to read; -Infinity to open it at once. */
  opensAt: number;
}

/** What reading the files side by side yields. */
export type TimeOrderedItem =
  | { kind: 'header'; file: DceFile; header: DceHeader; startAt: number }
  | {
      kind: 'message';
      file: DceFile;
      header: DceHeader;
      /** Position of the message in its file (0-based). */
      index: number;
      message: DceMessage;
      /** Bytes of the file read since its previous item (for progress). */
      newBytes: number;
    }
  | { kind: 'end'; file: DceFile; position: number };

/** Options of {@link readInTimeOrder}. */
export interface TimeOrderOptions {
  /** Files open at once at most (default 256); others wait for one to end. */
  maxOpen?: number;
  /** Bytes read at a time per file (default 64 KiB). */
  chunkBytes?: number;
}

/**
 * Reads many DCE exports side by side and yields their messages in time order (a k-way merge
 * of files that are each in time order, ties in file order): a channel's export spans its whole
 * history, so reading files one after another writes all over the event log's and the rollups'
 * indexes, while time order appends to them. A file is opened when the merge reaches the time
 * of its first message (threads, short-lived, are open only while they run), at most
 * `maxOpen` at once; a file that cannot open in time is merged later, out of order, which
 * costs speed, never correctness. Each file's header comes before its messages and an `end`
 * after them, with how many messages it holds.
 * @param files - in the order ties are broken
 * @param options - open files, chunk size
 * @throws DceFormatError from the file that is not DCE (files open are closed first)
 */
export async function* readInTimeOrder(
  files: readonly FileToRead[],
  options: TimeOrderOptions = {},
): AsyncGenerator<TimeOrderedItem> {
  const maxOpen = options.maxOpen ?? DEFAULT_MAX_OPEN;
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  const waiting = files.map((f, order) => ({ ...f, order })).sort((a, b) => a.opensAt - b.opensAt || a.order - b.order);
  const heap = new MinHeap<Cursor>((a, b) => a.time < b.time || (a.time === b.time && a.order < b.order));
  const open = new Set<Cursor>();
  let next = 0;
  try {
    for (;;) {
      while (next < waiting.length && open.size < maxOpen) {
        const candidate = waiting[next] as FileToRead & { order: number };
        const top = heap.peek();
        if (top !== undefined && candidate.opensAt > top.time) break;
        next += 1;
        const cursor = new Cursor(candidate, chunkBytes);
        open.add(cursor);
        const header = await cursor.advance();
        if (header !== null) yield { kind: 'header', file: candidate.file, header, startAt: candidate.startAt };
        if (cursor.message === null) {
          open.delete(cursor);
          yield { kind: 'end', file: candidate.file, position: cursor.position };
        } else heap.push(cursor);
      }
      const cursor = heap.pop();
      if (cursor === undefined) {
        if (next >= waiting.length) return;
        continue;
      }
      const message = cursor.message as DceMessage;
      yield {
        kind: 'message',
        file: cursor.file,
        header: cursor.header as DceHeader,
        index: cursor.index,
        message,
        newBytes: cursor.takeNewBytes(),
      };
      await cursor.advance();
      if (cursor.message === null) {
        open.delete(cursor);
        yield { kind: 'end', file: cursor.file, position: cursor.position };
      } else heap.push(cursor);
    }
  } finally {
    await Promise.all([...open].map((c) => c.close()));
  }
}

const DEFAULT_MAX_OPEN = 256;
const DEFAULT_CHUNK_BYTES = 16 * 1024;

/** One open file in the merge: its reader and the message it will give next. */
class Cursor {
  readonly file: DceFile;
  readonly order: number;
  header: DceHeader | null = null;
  /** The next message (null once the file is read to its end). */
  message: DceMessage | null = null;
  /** Its position in the file. */
  index = 0;
  /** Messages up to and including the last one given (what resuming counts). */
  position: number;
  readonly #items: AsyncGenerator<DceItem>;
  readonly #startAt: number;
  #bytes = 0;
  #reported = 0;

  constructor(plan: FileToRead & { order: number }, chunkBytes: number) {
    this.file = plan.file;
    this.order = plan.order;
    this.#startAt = plan.startAt;
    this.position = plan.startAt;
    this.#items =
      plan.file.format === 'json'
        ? readDceJson(plan.file.path, { chunkBytes })
        : readDceCsv(plan.file.path, plan.file.channelIdInName ?? '');
  }

  /** Time of the next message (Infinity at the end). */
  get time(): number {
    return this.message?.timestamp ?? Number.POSITIVE_INFINITY;
  }

  /** Bytes read since the last call. */
  takeNewBytes(): number {
    const fresh = this.#bytes - this.#reported;
    this.#reported = this.#bytes;
    return fresh;
  }

  /**
   * Moves to the next message to import (skipping those before the resume point).
   * @returns the file's header when it was read on the way, else null
   */
  async advance(): Promise<DceHeader | null> {
    if (this.message !== null) this.position = this.index + 1;
    let header: DceHeader | null = null;
    for (;;) {
      const step = await this.#items.next();
      if (step.done === true) {
        this.message = null;
        return header;
      }
      const item = step.value;
      if (item.kind === 'header') {
        this.header = item.header;
        header = item.header;
        continue;
      }
      this.#bytes = item.bytes;
      if (item.index < this.#startAt) continue;
      this.message = item.message;
      this.index = item.index;
      return header;
    }
  }

  async close(): Promise<void> {
    await this.#items.return(undefined);
  }
}
