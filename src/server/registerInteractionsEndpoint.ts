import pWaitFor from 'p-wait-for';
import type { KeyObject } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { DomainEvent } from '../core/DomainEvent.js';
import type { Logger } from '../core/Logger.js';
import {
  httpDeferral,
  readHttpInteraction,
  signatureValid,
  type InteractionResponseBody,
} from '../platform/discord/httpInteraction.js';
import type { InteractionAcks } from '../store/InteractionAcks.js';
import { ApiErrorSchema } from './openapi/ApiErrorSchema.js';
import { useZodSchemas } from './openapi/useZodSchemas.js';

/** How long the endpoint waits for an interaction's first answer before deferring it (Discord allows 3 s). */
export const HTTP_INTERACTION_WAIT_MS = 2_500;

/** What the endpoint needs. */
export interface InteractionsEndpointDeps {
  /** The application's public key (`DISCORD_PUBLIC_KEY`). */
  publicKey: KeyObject;
  guildId: string;
  /** Records the interaction's event (the engine's `ingest`: handled here, or by the worker that owns the guild). */
  record: (event: DomainEvent) => Promise<void>;
  acks: InteractionAcks;
  now: () => number;
  log: Logger;
  /** Real-time wait for the first answer (default {@link HTTP_INTERACTION_WAIT_MS}). */
  waitMs?: number;
  /** Real-time pause between reads of the answer (default 50 ms). */
  pollMs?: number;
}

const InteractionResponseSchema = z
  .object({
    type: z
      .number()
      .describe(
        'Interaction callback type: 1 PONG, 4 message, 5 deferred, 6 deferred update, 8 autocomplete, 9 modal.',
      ),
    data: z.unknown().optional(),
  })
  .describe('An interaction response, as Discord takes it.');

/**
 * `POST /interactions`: Discord's HTTP interactions endpoint (the application's "Interactions
 * Endpoint URL"). Every request must carry a valid Ed25519 signature of the application's
 * public key (401 otherwise, as Discord requires). A PING is answered PONG; any other
 * interaction is recorded like one from the gateway, and its first answer (from this process or
 * from the worker that handles it) becomes the HTTP response; when none came within
 * `waitMs`, the interaction is deferred (ephemeral) and the answer edits the deferral.
 * @param app - the server (the route is public: Discord signs instead of signing in)
 * @param deps - key, guild, recorder, acks store
 */
export function registerInteractionsEndpoint(app: FastifyInstance, deps: InteractionsEndpointDeps): void {
  void app.register((scope, _options, done) => {
    // The signature covers the exact bytes: the body is checked before it is parsed.
    scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, parsed) => {
      parsed(null, body);
    });
    const api = useZodSchemas(scope);
    api.post(
      '/interactions',
      {
        schema: {
          summary: "Discord's HTTP interactions endpoint (signed by Discord; set it as the Interactions Endpoint URL)",
          tags: ['discord'],
          headers: z.object({
            'x-signature-ed25519': z.string().optional(),
            'x-signature-timestamp': z.string().optional(),
          }),
          body: z.string().describe('The interaction object, JSON, exactly as Discord sent it.'),
          response: { 200: InteractionResponseSchema, 400: ApiErrorSchema, 401: ApiErrorSchema },
        },
        config: { access: 'public' },
      },
      async (request, reply) => {
        const { 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp } = request.headers;
        if (!signatureValid(deps.publicKey, signature, timestamp, request.body)) {
          return reply.code(401).send({ error: 'invalid request signature' });
        }
        let interaction;
        try {
          interaction = readHttpInteraction(request.body, deps.guildId);
        } catch (error) {
          deps.log.warn({ err: error }, 'discord: unreadable interaction on the HTTP endpoint');
          return reply.code(400).send({ error: 'body: not an interaction' });
        }
        if (interaction.kind === 'answer') return interaction.response;
        const startedAt = performance.now();
        await deps.acks.open(interaction.interactionId, deps.now());
        await deps.record(interaction.event);
        return firstAnswer(deps, interaction.interactionId, startedAt);
      },
    );
    done();
  });
}

/** What the wait for a first answer gives when none came in time. */
const NOT_YET = Symbol('not answered yet');

/** Waits for the interaction's first answer; defers it when none came in time. */
async function firstAnswer(
  deps: InteractionsEndpointDeps,
  interactionId: string,
  startedAt: number,
): Promise<InteractionResponseBody> {
  const waitMs = deps.waitMs ?? HTTP_INTERACTION_WAIT_MS;
  const answered = await pWaitFor(
    async () => {
      const state = await deps.acks.read(interactionId);
      return state !== null && state.state !== 'pending' && pWaitFor.resolveWith<unknown>(state.response);
    },
    {
      interval: deps.pollMs ?? 50,
      timeout: {
        milliseconds: Math.max(0, Math.ceil(waitMs - (performance.now() - startedAt))),
        fallback: () => NOT_YET,
      },
    },
  );
  if (answered !== NOT_YET) return InteractionResponseSchema.parse(answered);
  const deferral = httpDeferral();
  if (await deps.acks.deferIfPending(interactionId, deferral)) return deferral;
  const state = await deps.acks.read(interactionId);
  return state !== null && state.state !== 'pending' ? InteractionResponseSchema.parse(state.response) : deferral;
}
