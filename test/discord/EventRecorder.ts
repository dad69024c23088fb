import type { DomainEvent, EventType } from '../../src/core/DomainEvent.js';
import type { EventSink } from '../../src/platform/Platform.js';

/** Collects the domain events a platform delivers and lets a test wait for them. */
export class EventRecorder {
  /** Every event delivered, in order. */
  readonly events: DomainEvent[] = [];
  readonly #waiters = new Set<() => void>();

  /** The sink to pass to `platform.start`. */
  readonly sink: EventSink = (event) => {
    this.events.push(event);
    for (const waiter of [...this.#waiters]) waiter();
    return Promise.resolve();
  };

  /** Events of one type. */
  ofType<T extends EventType>(type: T): Extract<DomainEvent, { type: T }>[] {
    return this.events.filter((event): event is Extract<DomainEvent, { type: T }> => event.type === type);
  }

  /**
   * Resolves once `count` events have been delivered in total.
   * @param count - total number of events to wait for
   * @param timeoutMs - rejects after this long (default 5000)
   */
  waitForCount(count: number, timeoutMs = 5000): Promise<DomainEvent[]> {
    return this.#waitUntil(() => this.events.length >= count, `${count} events`, timeoutMs).then(() => this.events);
  }

  /**
   * Resolves with the first delivered event matching `predicate` (already delivered or next).
   * @param predicate - e.g. `(e) => e.type === 'message.created'`
   * @param timeoutMs - rejects after this long (default 5000)
   */
  async waitFor(predicate: (event: DomainEvent) => boolean, timeoutMs = 5000): Promise<DomainEvent> {
    await this.#waitUntil(() => this.events.some(predicate), 'a matching event', timeoutMs);
    const found = this.events.find(predicate);
    if (found === undefined) throw new Error('unreachable: event vanished');
    return found;
  }

  /** Forgets delivered events. */
  clear(): void {
    this.events.length = 0;
  }

  #waitUntil(done: () => boolean, what: string, timeoutMs: number): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter = (): void => {
        if (!done()) return;
        clearTimeout(timer);
        this.#waiters.delete(waiter);
        resolve();
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(waiter);
        const got = this.events.map((e) => e.id).join(', ');
        reject(new Error(`waited ${timeoutMs} ms for ${what}; got: ${got}`));
      }, timeoutMs);
      this.#waiters.add(waiter);
    });
  }
}
