import { request } from 'undici';
import type { WebhookPayload } from './webhookPayload.js';

/** What one delivery attempt got. */
export type AttemptResult =
  { ok: true; httpStatus: number } | { ok: false; httpStatus: number | null; error: string; retry: boolean };

/** How long one request may take before it counts as failed. */
const TIMEOUT_MS = 10_000;

/** Statuses a later attempt may get past: timeouts, rate limits and server errors. */
function retryable(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

/**
 * POSTs the JSON payload to a webhook URL with undici, the `Idempotency-Key` header set so a
 * receiver can drop a retried duplicate. A 2xx answer is success; 408, 425, 429, 5xx and
 * network errors may be retried; other answers are final.
 * @param url - the webhook URL (from the environment)
 * @param headers - extra headers (from the environment: e.g. Authorization)
 * @param payload - the body
 * @param idempotencyKey - `<post id>:<target id>`, the same on every attempt
 * @param attempt - 1 on the first attempt
 */
export async function postWebhook(
  url: string,
  headers: Record<string, string>,
  payload: WebhookPayload,
  idempotencyKey: string,
  attempt: number,
): Promise<AttemptResult> {
  try {
    const response = await request(url, {
      method: 'POST',
      headers: {
        ...headers,
        'content-type': 'application/json',
        'idempotency-key': idempotencyKey,
        'x-guildhall-attempt': String(attempt),
        'user-agent': 'Guildhall crosspost',
      },
      body: JSON.stringify(payload),
      headersTimeout: TIMEOUT_MS,
      bodyTimeout: TIMEOUT_MS,
    });
    // Read (and drop) the body so the connection is released.
    const text = await response.body.text();
    if (response.statusCode >= 200 && response.statusCode < 300) return { ok: true, httpStatus: response.statusCode };
    return {
      ok: false,
      httpStatus: response.statusCode,
      error: `HTTP ${response.statusCode}${text === '' ? '' : `: ${text.slice(0, 200)}`}`,
      retry: retryable(response.statusCode),
    };
  } catch (error) {
    return { ok: false, httpStatus: null, error: error instanceof Error ? error.message : String(error), retry: true };
  }
}
