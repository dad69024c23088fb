import { z } from 'zod';

/** The HTTP methods a module route may use: GET reads, POST changes state. */
export type RouteMethod = 'GET' | 'POST';

/** The dashboard role a module route needs (lowest first; each includes the ones before it). */
export type RouteAccessLevel = 'viewer' | 'moderator' | 'admin';

/**
 * Who may call a module route: a dashboard role, or `public` (no sign-in needed; the handler
 * gets the signed-in actor when there is a session, else null, and may refuse by itself).
 */
export type RouteAccess = 'public' | RouteAccessLevel;

/** The actor a route with access `A` gets: possibly nobody for a `public` route. */
export type ActorOf<A extends RouteAccess> = A extends 'public' ? RouteActor | null : RouteActor;

/**
 * The person signed in to the dashboard who calls a route (the server's `DashboardUser`, which
 * core cannot import: it has the same shape).
 */
export interface RouteActor {
  /** Their Discord user id. */
  userId: string;
  /** Display name at sign-in. */
  name: string;
  /** Their dashboard role (already checked against the route's `access`). */
  role: RouteAccessLevel;
  /** Signed in with the sandbox's dev login, not with Discord. */
  devLogin: boolean;
}

/** What a route handler gets besides its module context: the parsed request and who sent it. */
export interface RouteInput<P, Q, B, A extends RouteActor | null = RouteActor> {
  /** Path parameters, parsed with the route's `params` schema (`{}` without one). */
  params: P;
  /** Query string, parsed with the route's `query` schema (`{}` without one). */
  query: Q;
  /** JSON body, parsed with the route's `body` schema (`{}` without one). */
  body: B;
  /** The signed-in user (null only on a `public` route called without a session). */
  actor: A;
  /** The guild this process manages. */
  guildId: string;
  /**
   * Unique per request: a POST route's effects are queued in the outbox under
   * `http:<requestId>#<n>`.
   */
  requestId: string;
}

/** The statuses a route refuses with. */
export type RouteErrorStatus = 400 | 403 | 404 | 409 | 422;

/** A refusal: the status and one sentence for people (`{ error }` on the wire). */
export interface RouteRefusal {
  status: RouteErrorStatus;
  error: string;
}

/** What a route answers: its response body (200), or a refusal. */
export type RouteResult<R> = { status: 200; body: R } | RouteRefusal;

/** What a route's 200 answer is sent as: JSON (the default), a CSV file download, or an iCalendar feed. */
export type RouteMediaType = 'application/json' | 'text/csv' | 'text/calendar';

/**
 * The 200 answer of a `produces: 'text/csv'` route: the server sends `body` as
 * `text/csv; charset=utf-8` with `Content-Disposition: attachment` naming `filename`.
 */
export const CsvFile = z.object({
  /** The name the browser saves the file under: `analytics-series-2026-03-01-to-2026-03-31.csv`. */
  filename: z.string().min(1),
  /** The CSV text (RFC 4180, header row first). */
  body: z.string(),
});
export type CsvFile = z.output<typeof CsvFile>;

/**
 * The 200 answer of a `produces: 'text/calendar'` route: the server sends `body` as
 * `text/calendar; charset=utf-8` (RFC 5545), inline so calendar apps can subscribe to the URL.
 */
export const CalendarFile = z.object({
  /** The name a browser saves it under: `community.ics`. */
  filename: z.string().min(1),
  /** The iCalendar text (VCALENDAR). */
  body: z.string(),
});
export type CalendarFile = z.output<typeof CalendarFile>;

/** The schema of a part of the request a route does not read. */
export type NoInput = z.ZodType<Record<string, never>>;

/**
 * An HTTP route of a module, mounted by the server at `/api/<module id><path>` behind the
 * dashboard login, with its zod schemas in the OpenAPI document. Like a slash command it
 * validates (the schemas), authorises (`access`, plus any check of its own), calls the
 * module's functions and formats the answer. A GET runs as is (it must only read); a POST runs
 * as one unit of work whose platform effects go through the outbox, rolled back when it
 * refuses. (`handle` is a method so a route with a specific context fits the module list's
 * wider type.)
 */
export interface RouteDefinition<
  P extends z.ZodType = NoInput,
  Q extends z.ZodType = NoInput,
  B extends z.ZodType = NoInput,
  R extends z.ZodType = z.ZodType,
  Ctx = never,
  A extends RouteAccess = RouteAccessLevel,
> {
  method: RouteMethod;
  /** Under the module's prefix, with `:name` parameters: `/appeals/:appealId/decision`. */
  path: string;
  /** The lowest dashboard role that may call it, or `public` (see {@link RouteAccess}). */
  access: A;
  /** One line for the API docs. */
  summary: string;
  /** Path parameters (one key per `:name` of the path); strings, so coerce numbers. */
  params?: P;
  /** Query string parameters; strings, so coerce numbers. */
  query?: Q;
  /** JSON body (POST). */
  body?: B;
  /**
   * What the 200 answer is sent as (default `application/json`). `text/csv`: a file download;
   * `response` must then be {@link CsvFile} and the handler's body names the file and holds its
   * text.
   */
  produces?: RouteMediaType;
  /** The 200 answer's body (with `produces: 'text/csv'`, {@link CsvFile}; `text/calendar`, {@link CalendarFile}). */
  response: R;
  handle(
    input: RouteInput<z.output<P>, z.output<Q>, z.output<B>, ActorOf<A>>,
    ctx: Ctx,
  ): Promise<RouteResult<z.output<R>>>;
}

/** A route of a module with context `Ctx`, as its module definition lists it. */
export type ModuleRoute<Ctx> = RouteDefinition<z.ZodType, z.ZodType, z.ZodType, z.ZodType, Ctx, RouteAccess>;

/** A route of any module, as the engine and the server see it. */
export type AnyRoute = ModuleRoute<unknown>;

// A segment, or a `:name` parameter; either may end in an extension (`calendar.ics`, `:token.ics`).
const SEGMENT = /^(?:[a-z0-9][a-z0-9-]*|:[a-zA-Z][a-zA-Z0-9]*)(?:\.[a-z0-9]+)?$/;

/**
 * The `:name` parameters of a route path (without a segment's extension: `:token.ics` → `token`).
 * @param path - e.g. `/appeals/:appealId/decision`
 */
export function pathParameters(path: string): string[] {
  return path
    .split('/')
    .filter((segment) => segment.startsWith(':'))
    .map((segment) => segment.slice(1).replace(/\.[a-z0-9]+$/, ''));
}

/**
 * Declares a module's HTTP route, inferring the types of its params, query, body and response
 * from their zod schemas.
 * @param definition - method, path, access, summary, schemas, handler
 * @throws Error when the path is malformed, a POST-only part is on a GET, the path's
 *   parameters and the `params` schema's keys differ, or a `text/csv` route's response is not
 *   {@link CsvFile}
 */
export function defineRoute<
  P extends z.ZodType = NoInput,
  Q extends z.ZodType = NoInput,
  B extends z.ZodType = NoInput,
  R extends z.ZodType = z.ZodType,
  Ctx = never,
  A extends RouteAccess = RouteAccessLevel,
>(definition: RouteDefinition<P, Q, B, R, Ctx, A>): RouteDefinition<P, Q, B, R, Ctx, A> {
  const where = `route ${definition.method} ${definition.path}`;
  const segments = definition.path.split('/').slice(1);
  if (!definition.path.startsWith('/') || segments.length === 0 || !segments.every((s) => SEGMENT.test(s))) {
    throw new Error(`${where}: the path must be /lower-case-segments (an extension allowed) with :name parameters`);
  }
  if (definition.method === 'GET' && definition.body !== undefined) throw new Error(`${where}: a GET has no body`);
  if (definition.produces === 'text/csv' && (definition.response as z.ZodType) !== CsvFile) {
    throw new Error(`${where}: a text/csv route's response must be CsvFile`);
  }
  if (definition.produces === 'text/calendar' && (definition.response as z.ZodType) !== CalendarFile) {
    throw new Error(`${where}: a text/calendar route's response must be CalendarFile`);
  }
  const named = pathParameters(definition.path).sort();
  const keys = definition.params instanceof z.ZodObject ? Object.keys(definition.params.shape).sort() : [];
  if (named.join(',') !== keys.join(',')) {
    throw new Error(
      `${where}: the params schema must be an object with exactly the keys ${named.join(', ') || '(none)'}`,
    );
  }
  return definition;
}
