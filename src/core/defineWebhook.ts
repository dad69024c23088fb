import type { Json } from './DomainEvent.js';

/** The statuses a webhook refuses a delivery with. */
export type WebhookErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422;

/** What a webhook answers: accepted (with a small JSON body), or refused with one sentence. */
export type WebhookResult =
  { status: 200 | 202; body: Record<string, Json> } | { status: WebhookErrorStatus; error: string };

/** What a webhook handler gets: the request exactly as it arrived, and where it runs. */
export interface WebhookInput {
  /** Header names lower-cased; a repeated header's values joined with `, `. */
  headers: Readonly<Record<string, string | undefined>>;
  /** The body's bytes as received (signatures are computed over these, never over parsed JSON). */
  rawBody: Buffer;
  /** The guild this process manages. */
  guildId: string;
  /** Unique per request: the delivery's platform effects are queued under `webhook:<requestId>#<n>`. */
  requestId: string;
}

/**
 * An incoming webhook of a module (GitHub deliveries…), mounted by the server at
 * `POST /webhooks/<name>` with no dashboard login and no CSRF token: the handler authenticates
 * the sender itself (a signature over {@link WebhookInput.rawBody}) and refuses with 401 when
 * it fails. It runs as one unit of work keyed `webhook:<request id>` (writes, emitted events,
 * jobs and queued platform effects commit together); a refusal is rolled back. Listed in the
 * OpenAPI document under the module's tag. (`handle` is a method so a webhook with a specific
 * context fits the module list's wider type.)
 */
export interface WebhookDefinition<Ctx = never> {
  /** The last segment of `/webhooks/<name>`: lower-case letters, digits and dashes. */
  name: string;
  /** One line for the API docs. */
  summary: string;
  /** Largest body accepted in bytes (413 above it); default 1 MiB. */
  bodyLimit?: number;
  handle(input: WebhookInput, ctx: Ctx): Promise<WebhookResult>;
}

/** A webhook of any module, as the engine and the server see it. */
export type AnyWebhook = WebhookDefinition<unknown>;

/**
 * Declares a module's incoming webhook.
 * @param definition - name, summary, body limit, handler
 * @throws Error when the name is not lower-case letters, digits and dashes
 */
export function defineWebhook<Ctx>(definition: WebhookDefinition<Ctx>): WebhookDefinition<Ctx> {
  if (!/^[a-z][a-z0-9-]*$/.test(definition.name)) {
    throw new Error(`webhook "${definition.name}": the name must be lower-case letters, digits and dashes`);
  }
  return definition;
}
