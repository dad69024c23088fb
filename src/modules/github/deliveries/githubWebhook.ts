import { verifyWithFallback } from '@octokit/webhooks-methods';
import { defineWebhook, type WebhookResult } from '../../../core/defineWebhook.js';
import type { GithubContext } from '../GithubContext.js';
import { deliverySeen, recordDelivery } from './deliveryRecords.js';
import { normaliseDelivery } from './normaliseDelivery.js';
import { readDeliveryBody } from './readDeliveryBody.js';
import { repositoryMatches } from './routeMatching.js';
import { webhookSecrets } from './webhookSecrets.js';

/** GitHub's payloads reach 25 MB; the notices need far less. */
const BODY_LIMIT = 5 * 1024 * 1024;

const refuse = (status: 400 | 401 | 404, error: string): WebhookResult => ({ status, error });

/**
 * Checks `X-Hub-Signature-256` over the raw body with the current secret, then the previous one.
 * @see https://docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries
 */
async function signed(
  rawBody: Buffer,
  signature: string | undefined,
  secrets: { current: string; previous: string[] },
) {
  if (signature === undefined || !signature.startsWith('sha256=') || rawBody.length === 0) return false;
  return (await verifyWithFallback(secrets.current, rawBody.toString('utf8'), signature, secrets.previous)) === true;
}

/**
 * `POST /webhooks/github`: a GitHub delivery, verified with the shared secret, recorded once
 * per delivery id and emitted as `github.delivery_received` (routing happens in its handler).
 */
export const githubWebhook = defineWebhook({
  name: 'github',
  summary:
    'GitHub webhook deliveries (X-Hub-Signature-256 over the raw body): 401 unsigned, 400 malformed, 200 accepted or duplicate, 202 ignored repository',
  bodyLimit: BODY_LIMIT,
  async handle({ headers, rawBody, guildId }, ctx: GithubContext): Promise<WebhookResult> {
    const config = ctx.config.deliveries;
    const secrets = webhookSecrets(config);
    if (secrets === null) {
      return refuse(404, `github webhooks are not configured: set ${config.secretEnv}`);
    }
    if (!(await signed(rawBody, headers['x-hub-signature-256'], secrets))) {
      return refuse(401, 'the X-Hub-Signature-256 signature is missing or does not match the webhook secret');
    }
    const event = headers['x-github-event']?.trim();
    const deliveryId = headers['x-github-delivery']?.trim();
    if (event === undefined || event === '') return refuse(400, 'the X-GitHub-Event header is missing');
    if (deliveryId === undefined || deliveryId === '' || deliveryId.length > 100) {
      return refuse(400, 'the X-GitHub-Delivery header is missing');
    }
    const body = readDeliveryBody(rawBody, headers['content-type']);
    if (!body.ok) return refuse(400, body.error);
    if (event === 'ping') {
      return { status: 200, body: { pong: true } };
    }
    const normalised = normaliseDelivery(deliveryId, event, body.payload);
    if (!normalised.ok) return refuse(400, normalised.error);
    const { delivery } = normalised;
    if (await deliverySeen(ctx, guildId, deliveryId)) {
      return { status: 200, body: { duplicate: true, deliveryId } };
    }
    if (!repositoryMatches(config.repositories, delivery.repository)) {
      await recordDelivery(
        ctx,
        guildId,
        delivery,
        'ignored',
        `repository ${delivery.repository ?? '(none)'} is not allowed`,
      );
      return { status: 202, body: { ignored: true, reason: 'repository not allowed', deliveryId } };
    }
    if (!normalised.known) {
      ctx.log.warn(
        { deliveryId, event, action: delivery.action, repository: delivery.repository },
        'github: a delivery of an event Guildhall does not know (recorded as unknown)',
      );
    }
    await recordDelivery(
      ctx,
      guildId,
      delivery,
      normalised.known ? 'received' : 'unknown',
      normalised.known ? null : 'unknown event',
    );
    await ctx.emit('github.delivery_received', delivery, { key: deliveryId, guildId });
    return { status: 200, body: { accepted: true, deliveryId } };
  },
});
