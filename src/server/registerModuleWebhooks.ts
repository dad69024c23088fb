import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AnyWebhook } from '../core/defineWebhook.js';
import type { Engine } from '../core/Engine.js';
import type {} from './auth/DashboardAccess.js';
import { ApiErrorSchema } from './openapi/ApiErrorSchema.js';

/** Where the modules' incoming webhooks are mounted: `POST /webhooks/<name>`. */
export const WEBHOOKS_PREFIX = '/webhooks';

/** A webhook's largest body when it declares none: 1 MiB. */
export const DEFAULT_WEBHOOK_BODY_LIMIT = 1024 * 1024;

/** What mounting the modules' webhooks needs: the engine that lists and runs them, and the guild. */
export interface ModuleWebhookDeps {
  engine: Pick<Engine, 'moduleWebhooks' | 'runWebhook'>;
  /** The guild this process manages (the webhooks' `guildId`). */
  guildId: string;
}

/** Documented request body: the sender's payload (any JSON object; form-encoded is accepted too). */
const WebhookPayload = z.looseObject({}).describe('The delivery as the sender signed it, passed on byte for byte');

/** Documented 200/202 answer: a small JSON object. */
const WebhookAnswer = z.looseObject({});

/**
 * Mounts every enabled module's incoming webhooks (`webhooks` of its definition) at
 * `POST /webhooks/<name>`, in a scope that takes every body as raw bytes whatever its content
 * type (the handler checks the sender's signature over exactly those bytes; an empty body is an
 * empty Buffer), up to the webhook's `bodyLimit` (default 1 MiB; 413 `{ error }` above it).
 * The routes are `config.access: 'public'`: no dashboard login and no CSRF token, the handler
 * authenticates the sender itself. Headers reach it lower-cased, a repeated one's values joined
 * with `, `; each request gets a random UUID as request id. The engine runs the handler as one
 * unit of work (a refusal rolled back); its status and body (`{ error }` for a refusal) are the
 * answer; a handler that throws is logged and answered 500 `{ error }`. Each
 * webhook is in `/openapi.json` under the module's tag with its summary.
 * @param app - the Fastify server (its access hook lets `public` routes through)
 * @param deps - the engine and the guild
 */
export async function registerModuleWebhooks(app: FastifyInstance, deps: ModuleWebhookDeps): Promise<void> {
  await app.register((scope, _options, done) => {
    // Signatures are over the bytes as sent: no parsing, whatever the content type.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, next) => {
      next(null, body);
    });
    // The body schema only documents the payload: the handler reads the raw bytes.
    scope.setValidatorCompiler(() => () => true);
    scope.setSerializerCompiler(serializerCompiler);
    scope.setErrorHandler(webhookErrorHandler);
    for (const { moduleId, webhook } of deps.engine.moduleWebhooks()) mountWebhook(scope, moduleId, webhook, deps);
    done();
  });
}

function mountWebhook(scope: FastifyInstance, moduleId: string, webhook: AnyWebhook, deps: ModuleWebhookDeps): void {
  scope.route({
    method: 'POST',
    url: `${WEBHOOKS_PREFIX}/${webhook.name}`,
    bodyLimit: webhook.bodyLimit ?? DEFAULT_WEBHOOK_BODY_LIMIT,
    config: { access: 'public' },
    schema: {
      tags: [moduleId],
      summary: webhook.summary,
      description:
        'Incoming webhook: no dashboard session or CSRF token; the module authenticates the sender ' +
        '(a signature over the raw body) and answers 401 when that fails.',
      body: WebhookPayload,
      response: {
        200: WebhookAnswer,
        202: WebhookAnswer,
        400: ApiErrorSchema,
        401: ApiErrorSchema,
        403: ApiErrorSchema,
        404: ApiErrorSchema,
        409: ApiErrorSchema,
        413: ApiErrorSchema,
        415: ApiErrorSchema,
        422: ApiErrorSchema,
      },
    },
    handler: async (request, reply) => {
      const result = await deps.engine.runWebhook(moduleId, webhook, {
        headers: flatHeaders(request.headers),
        rawBody: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
        guildId: deps.guildId,
        // Unique across restarts: the outbox keys the delivery's effects by it.
        requestId: randomUUID(),
      });
      if ('error' in result) return reply.code(result.status).send({ error: result.error });
      return reply.code(result.status).send(result.body);
    },
  });
}

/**
 * Request headers as a webhook reads them: names lower-cased (Node already does), a repeated
 * header's values joined with `, `.
 * @param headers - the request's headers
 */
export function flatHeaders(headers: IncomingHttpHeaders): Record<string, string | undefined> {
  const flat: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers)) {
    flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

/**
 * Answers a body Fastify refused before the handler (too large 413, a bad length 400…) with
 * `{ error }`; a handler that threw is logged and answered 500 without its message (the
 * caller is not signed in: internals stay in the server log).
 */
function webhookErrorHandler(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const status = 'statusCode' in error ? error.statusCode : undefined;
  if (status === 413) {
    const limit = request.routeOptions.bodyLimit ?? DEFAULT_WEBHOOK_BODY_LIMIT;
    return reply.code(413).send({ error: `the body is larger than ${limit} bytes` });
  }
  if (status !== undefined && status >= 400 && status < 500) return reply.code(status).send({ error: error.message });
  // The server logs no requests (see createHttpServer), so its default handler would not either.
  request.log.error({ err: error, url: request.routeOptions.url }, 'webhook: the handler failed');
  return reply.code(500).send({ error: 'internal error: see the server log' });
}
