import { setTimeout as sleep } from 'node:timers/promises';
import { ACTION_WEIGHTS, buildAction, learn, type ActionDeps } from './loadActions.js';
import type { InputRequest, SandboxApi } from './sandboxApi.js';
import type { SandboxWorld } from './sandboxWorld.js';
import type { SeededRandom } from './seededRandom.js';

/** How often the world's members and bans are re-read while the load runs. */
const REFRESH_MS = 2_000;

/**
 * Several concurrent clients sending inputs while the gate is open. Closing the gate (before
 * a kill) stops new requests; those in flight meet the kill.
 */
export class LoadRunner {
  readonly retries: InputRequest[] = [];
  #open = false;
  #stopped = false;
  #opened: Promise<void>;
  #release: () => void = () => undefined;
  #runs: Promise<void>[] = [];
  #tokens = 0;

  constructor(
    private readonly api: SandboxApi,
    private readonly world: SandboxWorld,
    private readonly random: SeededRandom,
    private readonly options: { clients: number; seed: number; phishingDomain: string; verbose: boolean },
  ) {
    this.#opened = this.#newGate();
  }

  /** Starts the clients and the refresher (they wait for the gate). */
  start(): void {
    for (let client = 1; client <= this.options.clients; client += 1) {
      this.#runs.push(this.#client(client, this.random.fork()));
    }
    this.#runs.push(this.#refresher());
  }

  open(): void {
    this.#open = true;
    this.#release();
  }

  close(): void {
    if (!this.#open) return;
    this.#open = false;
    this.#opened = this.#newGate();
  }

  /** Stops the clients after their current request. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#release();
    await Promise.all(this.#runs);
  }

  /**
   * Sends the retries still queued once more, one by one (the load has stopped; the server
   * is up), so each unknown join or reaction gets its second try.
   */
  async drainRetries(): Promise<void> {
    const deps = this.#deps(0, this.random.fork());
    for (let retry = this.retries.shift(); retry !== undefined; retry = this.retries.shift()) {
      learn(await this.api.send(retry), retry, deps);
    }
  }

  #deps(client: number, random: SeededRandom): ActionDeps {
    return {
      api: this.api,
      world: this.world,
      random,
      client,
      token: () => {
        this.#tokens += 1;
        return `${this.options.seed}-${client}-${this.#tokens}`;
      },
      phishingDomain: this.options.phishingDomain,
      retries: this.retries,
    };
  }

  #newGate(): Promise<void> {
    return new Promise((resolve) => {
      this.#release = resolve;
    });
  }

  async #waitOpen(): Promise<void> {
    while (!this.#open && !this.#stopped) await this.#opened;
  }

  async #client(client: number, random: SeededRandom): Promise<void> {
    const deps = this.#deps(client, random);
    while (!this.#stopped) {
      await this.#waitOpen();
      if (this.#stopped) break;
      const retry = random.next() < 0.5 ? this.retries.shift() : undefined;
      const request = retry ?? buildAction(random.weighted(ACTION_WEIGHTS), deps);
      if (request === null) continue;
      const record = await this.api.send(request);
      learn(record, request, deps);
      if (record.outcome === 'unsent' && retry !== undefined) this.retries.push(retry);
      if (this.options.verbose && record.outcome === 'server-error') {
        process.stdout.write(`  5xx on ${record.kind} ${record.path}: ${record.response.errorText ?? ''}\n`);
      }
      await sleep(random.int(0, 30));
    }
  }

  async #refresher(): Promise<void> {
    while (!this.#stopped) {
      await this.#waitOpen();
      if (this.#stopped) break;
      try {
        await this.world.refresh(this.api);
      } catch {
        // The process was killed meanwhile: the next refresh catches up.
      }
      await sleep(REFRESH_MS);
    }
  }
}
