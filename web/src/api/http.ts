/** An API call that failed: HTTP status (0 when the server was unreachable) and its message. */
export class ApiRequestError extends Error {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.name = 'ApiRequestError';
    this.status = status;
  }
}

/** The session's CSRF token, sent as `x-csrf-token` with every request that changes state. */
let csrfToken: string | null = null;

/**
 * Sets the CSRF token every POST and DELETE carries from now on (read from `GET /api/session`).
 * @param token - the session's token, or null when the server has none
 */
export function setCsrfToken(token: string | null): void {
  csrfToken = token === '' ? null : token;
}

/**
 * GETs JSON from the Guildhall API.
 * @param path - absolute API path, e.g. `/api/overview`
 */
export function getJson<T>(path: string): Promise<T> {
  return request<T>(path, { method: 'GET' });
}

/**
 * POSTs a JSON body to the Guildhall API and returns the JSON answer.
 * @param path - absolute API path
 * @param body - serialised as JSON; undefined sends no body
 */
export function postJson<T>(path: string, body?: unknown): Promise<T> {
  return request<T>(
    path,
    body === undefined
      ? { method: 'POST' }
      : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
  );
}

/**
 * DELETEs on the Guildhall API and returns the JSON answer (null for 204).
 * @param path - absolute API path, with its query
 */
export function deleteJson<T>(path: string): Promise<T> {
  return request<T>(path, { method: 'DELETE' });
}

async function request<T>(path: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    const headers = new Headers(init.headers);
    headers.set('accept', 'application/json');
    if (init.method !== 'GET' && csrfToken !== null) headers.set('x-csrf-token', csrfToken);
    response = await fetch(path, { ...init, headers });
  } catch {
    throw new ApiRequestError(0, 'Guildhall is not reachable');
  }
  const text = await response.text();
  const body: unknown = text === '' ? null : parseJson(text);
  if (!response.ok) throw new ApiRequestError(response.status, errorMessage(body, response));
  // The server's answers are typed by the shared DashboardApi / sandbox types.
  return body as T;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function errorMessage(body: unknown, response: Response): string {
  if (typeof body === 'object' && body !== null) {
    const record = body as Record<string, unknown>;
    if (typeof record.error === 'string' && typeof record.message === 'string') return record.message;
    if (typeof record.error === 'string') return record.error;
    if (typeof record.message === 'string') return record.message;
  }
  if (typeof body === 'string' && body !== '') return body;
  return `${response.status} ${response.statusText}`;
}

/**
 * True when the call failed because nobody is signed in (or the session ended).
 * @param error - what was caught
 */
export function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status === 401;
}

/**
 * A message for the user from anything a failed call threw.
 * @param error - what was caught
 */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
