/** The JSON payload of a delivery body, or why it cannot be read. */
export type DeliveryBody = { ok: true; payload: unknown } | { ok: false; error: string };

/**
 * Reads a delivery's payload: JSON (`application/json`), or the `payload` field of a form
 * (`application/x-www-form-urlencoded`, GitHub's other content type).
 * @param rawBody - the body's bytes
 * @param contentType - the `content-type` header
 * @see https://docs.github.com/en/webhooks/using-webhooks/creating-webhooks#content-type
 */
export function readDeliveryBody(rawBody: Buffer, contentType: string | undefined): DeliveryBody {
  let text = rawBody.toString('utf8');
  if ((contentType ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    const payload = new URLSearchParams(text).get('payload');
    if (payload === null) return { ok: false, error: 'a form-encoded delivery needs a payload field' };
    text = payload;
  }
  try {
    return { ok: true, payload: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, error: 'the body is not JSON' };
  }
}
