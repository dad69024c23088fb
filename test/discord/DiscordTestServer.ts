/**
 * A local stand-in for Discord that the real discord.js client talks to: a gateway
 * (WebSocket, JSON encoding, no compression) and a REST API that records every request.
 *
 * ```ts
 * const discord = await startDiscordTestServer();
 * const platform = new DiscordPlatform({ token: discord.token, guildId: discord.guildId, apiUrl: discord.apiUrl, log, clock });
 * await platform.start(sink);                       // GET /gateway/bot → ws → IDENTIFY → READY → GUILD_CREATE
 * await discord.dispatch('MESSAGE_CREATE', payload); // an event with the next sequence number
 * discord.reply('POST', /^\/users\/@me\/channels$/, 403, discordError(50007, 'Cannot send messages to this user'));
 * const request = await discord.waitForRequest('POST', /^\/channels\/\d+\/messages$/);
 * await platform.stop(); await discord.close();      // stop the client first, then the server
 * ```
 *
 * REST transport: by default a real HTTP server on 127.0.0.1 (the same port as the gateway),
 * so it also serves a Guildhall started as a child process with `DISCORD_API_URL`.
 * `transport: 'mock-agent'` instead intercepts in-process with an undici `MockAgent`
 * installed as the global dispatcher: @discordjs/rest calls undici's `request()` with
 * `dispatcher: rest.agent ?? undefined`, i.e. the global dispatcher unless an agent is set.
 * Other origins still reach the network (`enableNetConnect`), and close() restores the
 * previous dispatcher.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getGlobalDispatcher, MockAgent, setGlobalDispatcher, type Dispatcher } from 'undici';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  fakeDiscordRoutes,
  type ApiHandler,
  type ApiReply,
  type ApiRoute,
  type RecordedRequest,
} from './fakeDiscordApi.js';
import type { FixtureObject } from './fixtures.js';
import type { FakeScheduledEvents } from './fakeScheduledEvents.js';
import { GatewaySession } from './GatewaySession.js';
import { TEST_IDS, testBotUser, testGuildCreate } from './testGuild.js';

export { discordError, type ApiReply, type ApiHandler, type RecordedRequest } from './fakeDiscordApi.js';
export { fakeInvite } from './fakeGuildStructure.js';
export { fakeScheduledEvent, type FakeScheduledEvents } from './fakeScheduledEvents.js';
export { TEST_IDS } from './testGuild.js';

/** Options of {@link startDiscordTestServer}; every one has a default. */
export interface DiscordTestServerOptions {
  /** `http` (default): a real HTTP server. `mock-agent`: undici MockAgent, in-process only. */
  transport?: 'http' | 'mock-agent';
  token?: string;
  guildId?: string;
  botUserId?: string;
  applicationId?: string;
  /** GUILD_CREATE payload sent after READY (default {@link testGuildCreate}). */
  guild?: FixtureObject;
  /** Invites Get Guild Invites starts with (see `fakeInvite`); default none. */
  invites?: FixtureObject[];
  /** HELLO's heartbeat_interval (default 41250 ms, as Discord). */
  heartbeatIntervalMs?: number;
}

/** The running fake Discord. */
export interface DiscordTestServer {
  /** REST base URL to give discord.js (`rest.api`) / Guildhall (`DISCORD_API_URL`): `http://127.0.0.1:<port>/api`. */
  readonly apiUrl: string;
  /** `ws://127.0.0.1:<port>`, announced by `GET /gateway/bot`. */
  readonly gatewayUrl: string;
  readonly token: string;
  readonly guildId: string;
  readonly botUserId: string;
  readonly applicationId: string;
  /** Every REST request received, oldest first. */
  readonly requests: readonly RecordedRequest[];
  /** The guild's invites as Get Guild Invites answers them; push or change one to simulate uses. */
  readonly invites: FixtureObject[];
  /** The guild's scheduled events (push a `fakeScheduledEvent(…)`) and who is interested in each. */
  readonly scheduledEvents: FakeScheduledEvents;
  /** The gateway side: IDENTIFY payloads, connection URLs, sequence numbers. */
  readonly gateway: GatewaySession;
  /**
   * Sends a dispatch (op 0) with the next sequence number to the identified client;
   * waits for the client to identify first. Resolves with the sequence number once sent.
   */
  dispatch(event: string, data: unknown): Promise<number>;
  /** Answers `method path` with `status`/`body` from now on (newest rule wins). */
  reply(method: string, path: string | RegExp, status: number, body?: unknown): void;
  /** Like {@link reply}, for the next matching request only. */
  replyOnce(method: string, path: string | RegExp, status: number, body?: unknown): void;
  /** Answers `method path` with a handler (`*` matches any method). */
  route(method: string, path: string | RegExp, handler: ApiHandler, options?: { once?: boolean }): void;
  /** Requests matching `method path` so far. */
  requestsTo(method: string, path: string | RegExp): RecordedRequest[];
  /** The first matching request, already received or the next one; rejects after `timeoutMs` (default 5000). */
  waitForRequest(method: string, path: string | RegExp, options?: { timeoutMs?: number }): Promise<RecordedRequest>;
  /** Forgets recorded requests (routes stay). */
  clearRequests(): void;
  /** Closes sockets and servers (stop the discord.js client first). */
  close(): Promise<void>;
}

/**
 * Starts a fake Discord on a random 127.0.0.1 port.
 * @param options - transport, ids, guild payload
 */
export async function startDiscordTestServer(options: DiscordTestServerOptions = {}): Promise<DiscordTestServer> {
  const server = new TestServer(options);
  await server.listen();
  return server;
}

const API_PREFIX = /^\/api(?:\/v\d+)?/;

class TestServer implements DiscordTestServer {
  readonly token: string;
  readonly guildId: string;
  readonly botUserId: string;
  readonly applicationId: string;
  readonly requests: RecordedRequest[] = [];
  readonly invites: FixtureObject[];
  readonly scheduledEvents: FakeScheduledEvents = { events: [], users: new Map() };
  readonly gateway: GatewaySession;
  readonly #routes: ApiRoute[];
  readonly #waiters = new Set<(request: RecordedRequest) => void>();
  readonly #http = createServer((req, res) => void this.#onHttp(req, res));
  readonly #wss = new WebSocketServer({ server: this.#http });
  readonly #transport: 'http' | 'mock-agent';
  #port = 0;
  #previousDispatcher: Dispatcher | null = null;
  #mockAgent: MockAgent | null = null;

  constructor(options: DiscordTestServerOptions) {
    this.token = options.token ?? 'test-bot-token';
    this.guildId = options.guildId ?? TEST_IDS.guildId;
    this.botUserId = options.botUserId ?? TEST_IDS.botUserId;
    this.applicationId = options.applicationId ?? TEST_IDS.applicationId;
    this.#transport = options.transport ?? 'http';
    const guild = options.guild ?? testGuildCreate({ guildId: this.guildId, botUserId: this.botUserId });
    const botUser = testBotUser(this.botUserId);
    this.invites = [...(options.invites ?? [])];
    this.gateway = new GatewaySession({
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      ready: () => ({
        v: 10,
        user: botUser,
        guilds: [{ id: this.guildId, unavailable: true }],
        session_id: `test-session-${this.gateway.identifies.length}`,
        resume_gateway_url: this.gatewayUrl,
        shard: [0, 1],
        application: { id: this.applicationId, flags: 0 },
      }),
      guildCreate: () => guild,
    });
    this.#wss.on('connection', (socket: WebSocket, req: IncomingMessage) => this.gateway.accept(socket, req.url ?? ''));
    this.#routes = fakeDiscordRoutes({
      gatewayUrl: () => this.gatewayUrl,
      guild,
      botUser,
      applicationId: this.applicationId,
      invites: this.invites,
      scheduledEvents: this.scheduledEvents,
    });
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.#port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.#port}`;
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.#http.listen(0, '127.0.0.1', resolve));
    this.#port = (this.#http.address() as AddressInfo).port;
    if (this.#transport === 'mock-agent') this.#installMockAgent();
  }

  dispatch(event: string, data: unknown): Promise<number> {
    return this.gateway.dispatch(event, data);
  }

  reply(method: string, path: string | RegExp, status: number, body?: unknown): void {
    this.route(method, path, () => ({ status, body }));
  }

  replyOnce(method: string, path: string | RegExp, status: number, body?: unknown): void {
    this.route(method, path, () => ({ status, body }), { once: true });
  }

  route(method: string, path: string | RegExp, handler: ApiHandler, options: { once?: boolean } = {}): void {
    this.#routes.unshift({ method: method.toUpperCase(), path, handler, once: options.once ?? false });
  }

  requestsTo(method: string, path: string | RegExp): RecordedRequest[] {
    return this.requests.filter((request) => matches(request, method, path));
  }

  waitForRequest(
    method: string,
    path: string | RegExp,
    options: { timeoutMs?: number } = {},
  ): Promise<RecordedRequest> {
    const seen = this.requestsTo(method, path)[0];
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter = (request: RecordedRequest): void => {
        if (!matches(request, method, path)) return;
        clearTimeout(timer);
        this.#waiters.delete(waiter);
        resolve(request);
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(waiter);
        const got = this.requests.map((q) => `${q.method} ${q.path}`).join(', ');
        reject(new Error(`no ${method} ${String(path)} request within ${options.timeoutMs ?? 5000} ms; got: ${got}`));
      }, options.timeoutMs ?? 5000);
      this.#waiters.add(waiter);
    });
  }

  clearRequests(): void {
    this.requests.length = 0;
  }

  async close(): Promise<void> {
    if (this.#mockAgent !== null && this.#previousDispatcher !== null) {
      setGlobalDispatcher(this.#previousDispatcher);
      await this.#mockAgent.close();
    }
    this.gateway.close();
    for (const client of this.#wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
    this.#http.closeAllConnections();
    await new Promise<void>((resolve) => this.#http.close(() => resolve()));
  }

  /** Records a request and picks the answer: newest matching route, else 404. */
  #handle(
    via: RecordedRequest['via'],
    method: string,
    url: string,
    headers: Record<string, string>,
    raw: Buffer,
    form: FormData | null = null,
  ): ApiReply {
    const text = raw.toString('utf8');
    const parsed = new URL(url, 'http://discord.test');
    const reason = headers['x-audit-log-reason'];
    const request: RecordedRequest = {
      method: method.toUpperCase(),
      path: parsed.pathname.replace(API_PREFIX, ''),
      query: parsed.search.replace(/^\?/, ''),
      headers,
      body: parseBody(text),
      raw,
      form,
      auditLogReason: reason === undefined ? null : decodeURIComponent(reason),
      via,
    };
    this.requests.push(request);
    for (const waiter of [...this.#waiters]) waiter(request);
    for (const [index, route] of this.#routes.entries()) {
      const params = routeParams(route, request);
      if (params === null) continue;
      if (route.once) this.#routes.splice(index, 1);
      return route.handler(request, params);
    }
    return { status: 404, body: { code: 0, message: `404: Not Found (${request.method} ${request.path})` } };
  }

  async #onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    const reply = this.#handle('http', req.method ?? 'GET', req.url ?? '/', headers, Buffer.concat(chunks));
    const payload = reply.body === undefined ? '' : JSON.stringify(reply.body);
    res.writeHead(reply.status, {
      ...(payload === '' ? {} : { 'content-type': 'application/json' }),
      ...reply.headers,
    });
    res.end(payload);
  }

  #installMockAgent(): void {
    const agent = new MockAgent();
    agent.enableNetConnect();
    agent
      .get(`http://127.0.0.1:${this.#port}`)
      .intercept({ path: () => true, method: () => true })
      .reply((opts) => {
        const reply = this.#handle(
          'mock-agent',
          opts.method,
          opts.path,
          headerRecord(opts.headers),
          typeof opts.body === 'string' ? Buffer.from(opts.body) : Buffer.alloc(0),
          // A file upload reaches the MockAgent as the FormData itself, not yet encoded.
          opts.body instanceof FormData ? opts.body : null,
        );
        const data = reply.body === undefined ? '' : JSON.stringify(reply.body);
        const headers = { ...(data === '' ? {} : { 'content-type': 'application/json' }), ...reply.headers };
        return { statusCode: reply.status, data, responseOptions: { headers } };
      })
      .persist();
    this.#previousDispatcher = getGlobalDispatcher();
    this.#mockAgent = agent;
    setGlobalDispatcher(agent);
  }
}

function matches(request: RecordedRequest, method: string, path: string | RegExp): boolean {
  const methodOk = method === '*' || request.method === method.toUpperCase();
  return methodOk && (typeof path === 'string' ? request.path === path : path.test(request.path));
}

function routeParams(route: ApiRoute, request: RecordedRequest): string[] | null {
  if (route.method !== '*' && route.method !== request.method) return null;
  if (typeof route.path === 'string') return route.path === request.path ? [] : null;
  const match = route.path.exec(request.path);
  return match === null ? null : match.slice(1).map((group) => group ?? '');
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function headerRecord(headers: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (Array.isArray(headers)) {
    for (let i = 0; i + 1 < headers.length; i += 2) out[String(headers[i]).toLowerCase()] = String(headers[i + 1]);
  } else if (typeof headers === 'object' && headers !== null) {
    for (const [name, value] of Object.entries(headers))
      if (value !== undefined) out[name.toLowerCase()] = String(value);
  }
  return out;
}
