import { readFileSync } from 'node:fs';
import { sign } from '@octokit/webhooks-methods';
import type { WebhookResult } from '../../src/core/defineWebhook.js';
import type { ContentCommunity } from '../content/contentCommunity.js';

/** The secret the tests sign with (set in GITHUB_WEBHOOK_SECRET by each test file). */
export const SECRET = 'test-webhook-secret';

/**
 * A real example payload of test/fixtures/github, parsed.
 * @param name - file name without `.json`: `issues.opened`, `push`
 */
export function payload(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../fixtures/github/${name}.json`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;
}

/** A delivery to send: the event, its id, the body, and how it is signed. */
export interface Delivery {
  event?: string;
  id?: string;
  body: string | Buffer;
  /** Sign with this secret (default {@link SECRET}); null: no signature header. */
  secret?: string | null;
  signature?: string;
  contentType?: string;
}

let requests = 0;

/**
 * Sends a delivery to the github webhook through the engine (as the server does), then settles.
 * @param c - the community
 * @param d - the delivery
 */
export async function deliver(c: ContentCommunity, d: Delivery): Promise<WebhookResult> {
  const entry = c.c.engine.moduleWebhooks().find((w) => w.moduleId === 'github' && w.webhook.name === 'github');
  if (entry === undefined) throw new Error('no github webhook');
  const raw = typeof d.body === 'string' ? Buffer.from(d.body, 'utf8') : d.body;
  const secret = d.secret === undefined ? SECRET : d.secret;
  const signature = d.signature ?? (secret === null ? undefined : await sign(secret, raw.toString('utf8')));
  const headers: Record<string, string | undefined> = {
    'content-type': d.contentType ?? 'application/json',
    'x-github-event': d.event,
    'x-github-delivery': d.id,
    'x-hub-signature-256': signature,
  };
  requests += 1;
  const result = await c.c.engine.runWebhook('github', entry.webhook, {
    headers,
    rawBody: raw,
    guildId: c.guildId,
    requestId: `test-${requests}`,
  });
  await c.c.settle();
  return result;
}

/**
 * Sends a real example payload as a signed delivery.
 * @param c - the community
 * @param event - `X-GitHub-Event`
 * @param id - `X-GitHub-Delivery`
 * @param body - the payload
 */
export function deliverPayload(
  c: ContentCommunity,
  event: string,
  id: string,
  body: Record<string, unknown>,
): Promise<WebhookResult> {
  return deliver(c, { event, id, body: JSON.stringify(body) });
}

/** The recorded delivery rows, by delivery id. */
export async function deliveryRows(c: ContentCommunity): Promise<Record<string, Record<string, unknown>>> {
  const rows = await c.rows('github_deliveries');
  return Object.fromEntries(rows.map((r) => [String(r.delivery_id), r]));
}
