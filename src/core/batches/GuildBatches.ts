import type { DomainEvent } from '../DomainEvent.js';
import type { GuildQueues } from '../GuildQueues.js';

/** An event waiting for its guild's next batch. */
export interface WaitingEvent {
  event: DomainEvent;
  /** Handled again after a crash: handlers that committed for it are skipped. */
  recovered: boolean;
  /** When it reached this process (an interaction's 3 s run from then); ordinary events leave it out. */
  receivedAt?: number;
}

interface Buffer {
  waiting: { entry: WaitingEvent; done: () => void }[];
  /** A batch task is queued and has not started: new events join what it will take. */
  scheduled: boolean;
}

/**
 * Gathers a guild's ordinary events into batches on its queue. Events that arrive while the
 * guild is busy wait in one buffer; when the guild's turn comes, a batch takes up to `size`
 * of them from the front (oldest first), and another batch is queued for the rest. Batches
 * are ordinary tasks of the guild's queue, so urgent tasks (interactions) still overtake the
 * events waiting, and log order is kept: every ordinary event goes through the one buffer.
 * A guild that is idle gets a batch of one at once, as before batching.
 */
export class GuildBatches {
  readonly #buffers = new Map<string, Buffer>();

  /**
   * @param queues - the per-guild queues the batches run on
   * @param size - the most events one batch takes
   * @param run - handles a batch; must not reject (failures are the handler's to record)
   */
  constructor(
    private readonly queues: GuildQueues,
    private readonly size: number,
    private readonly run: (batch: readonly WaitingEvent[]) => Promise<void>,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`batch size must be a positive integer, got ${size}`);
  }

  /**
   * Queues an event for its guild's next batch.
   * @returns resolves once the batch holding it is handled
   */
  add(entry: WaitingEvent): Promise<void> {
    const guildId = entry.event.guildId;
    let buffer = this.#buffers.get(guildId);
    if (buffer === undefined) {
      buffer = { waiting: [], scheduled: false };
      this.#buffers.set(guildId, buffer);
    }
    const target = buffer;
    const done = new Promise<void>((resolve) => target.waiting.push({ entry, done: resolve }));
    if (!target.scheduled) this.#schedule(guildId, target);
    return done;
  }

  #schedule(guildId: string, buffer: Buffer): void {
    buffer.scheduled = true;
    void this.queues.enqueue(guildId, async () => {
      buffer.scheduled = false;
      const taken = buffer.waiting.splice(0, this.size);
      if (buffer.waiting.length > 0) this.#schedule(guildId, buffer);
      else this.#buffers.delete(guildId);
      try {
        await this.run(taken.map((t) => t.entry));
      } finally {
        for (const t of taken) t.done();
      }
    });
  }
}
