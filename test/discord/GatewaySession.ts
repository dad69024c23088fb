import type { RawData, WebSocket } from 'ws';
import type { FixtureObject } from './fixtures.js';

/** Gateway opcodes the fake speaks. @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-opcodes */
const Op = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  Resume: 6,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;

/** What the session sends on its own. */
export interface GatewaySessionOptions {
  heartbeatIntervalMs: number;
  /** READY's `d`. */
  ready: () => FixtureObject;
  /** GUILD_CREATE's `d`, sent right after READY. */
  guildCreate: () => FixtureObject;
}

/**
 * The Discord gateway protocol, as much as discord.js needs: HELLO on connect, READY then
 * GUILD_CREATE after IDENTIFY, RESUMED after RESUME, an ACK for every heartbeat, and
 * dispatches with increasing sequence numbers.
 * @see https://discord.com/developers/docs/events/gateway#connection-lifecycle
 */
export class GatewaySession {
  /** `d` of every IDENTIFY received (token, intents, properties…). */
  readonly identifies: FixtureObject[] = [];
  /** Request URL of every connection, e.g. `/?v=10&encoding=json`. */
  readonly connectionUrls: string[] = [];
  /** Every payload the client sent. */
  readonly received: FixtureObject[] = [];
  readonly #options: GatewaySessionOptions;
  #socket: WebSocket | null = null;
  #sequence = 0;
  #identified = deferred();

  /** @param options - heartbeat interval, READY and GUILD_CREATE payloads */
  constructor(options: GatewaySessionOptions) {
    this.#options = options;
  }

  /** The last sequence number sent. */
  get sequence(): number {
    return this.#sequence;
  }

  /** Resolves once a client has identified (or resumed) on the current connection. */
  whenIdentified(): Promise<void> {
    return this.#identified.promise;
  }

  /**
   * Takes a new connection: says HELLO and waits for IDENTIFY or RESUME.
   * @param socket - the client connection
   * @param url - its request URL
   */
  accept(socket: WebSocket, url: string): void {
    this.connectionUrls.push(url);
    socket.on('message', (data) => this.#onMessage(socket, data));
    socket.on('close', () => {
      if (this.#socket !== socket) return;
      this.#socket = null;
      this.#identified = deferred();
    });
    send(socket, { op: Op.Hello, d: { heartbeat_interval: this.#options.heartbeatIntervalMs } }).catch(() => undefined);
  }

  /**
   * Sends a dispatch with the next sequence number once a client is identified.
   * @param event - e.g. `MESSAGE_CREATE`
   * @param data - the event's `d`
   */
  async dispatch(event: string, data: unknown): Promise<number> {
    await this.#identified.promise;
    const socket = this.#socket;
    if (socket === null) throw new Error('the gateway client disconnected');
    return this.#send(socket, event, data);
  }

  /**
   * Closes the client's connection with a close code, as Discord does when a connection
   * fails (4000 "unknown error": the client reconnects and resumes).
   * @param code - the WebSocket close code
   * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes
   */
  disconnect(code: number): void {
    const socket = this.#socket;
    // Dispatches wait for the next IDENTIFY or RESUME, not for this closing socket.
    this.#socket = null;
    this.#identified = deferred();
    socket?.close(code);
  }

  /**
   * Sends INVALID_SESSION (op 9): not resumable, the client identifies anew (after discord.js's
   * identify throttle, up to ~6.5 s after the last IDENTIFY) and gets READY and GUILD_CREATE.
   * @param resumable - `d` of the payload
   * @see https://discord.com/developers/docs/events/gateway-events#invalid-session
   */
  async invalidateSession(resumable = false): Promise<void> {
    const socket = this.#socket;
    if (socket === null) throw new Error('no client is connected');
    await send(socket, { op: Op.InvalidSession, d: resumable });
  }

  /** Forgets the client. */
  close(): void {
    this.#socket = null;
  }

  #onMessage(socket: WebSocket, raw: RawData): void {
    const payload = JSON.parse(rawText(raw)) as FixtureObject;
    this.received.push(payload);
    switch (payload.op) {
      case Op.Heartbeat:
        send(socket, { op: Op.HeartbeatAck }).catch(() => undefined);
        break;
      case Op.Identify:
        this.identifies.push(payload.d as FixtureObject);
        this.#socket = socket;
        this.#sequence = 0;
        this.#sendQuietly(socket, 'READY', this.#options.ready());
        this.#sendQuietly(socket, 'GUILD_CREATE', this.#options.guildCreate());
        this.#identified.resolve();
        break;
      case Op.Resume:
        this.#socket = socket;
        this.#sendQuietly(socket, 'RESUMED', {});
        this.#identified.resolve();
        break;
      default:
        break;
    }
  }

  /** A send nobody awaits: a socket closing meanwhile is not an error worth reporting. */
  #sendQuietly(socket: WebSocket, event: string, data: unknown): void {
    this.#send(socket, event, data).catch(() => undefined);
  }

  #send(socket: WebSocket, event: string, data: unknown): Promise<number> {
    this.#sequence += 1;
    const s = this.#sequence;
    return send(socket, { op: Op.Dispatch, t: event, s, d: data }).then(() => s);
  }
}

function send(socket: WebSocket, payload: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.send(JSON.stringify(payload), (error) =>
      error === undefined || error === null ? resolve() : reject(error),
    );
  });
}

function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data instanceof ArrayBuffer ? new Uint8Array(data) : data).toString('utf8');
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}
