import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { zodRequestValidator } from './zodRequestValidator.js';

/** A Fastify instance whose routes declare zod schemas (typed requests and replies). */
export type ZodApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/**
 * Makes the routes of `app` (a scope, or the root) validate requests and serialise replies with
 * the zod schemas they declare, the same schemas `/openapi.json` is generated from. A reply
 * that does not match its response schema is a 500 (the schema is what clients are promised).
 * @param app - the scope the routes are registered in
 * @returns the same instance, typed by its zod schemas
 */
export function useZodSchemas(app: FastifyInstance): ZodApp {
  app.setValidatorCompiler(zodRequestValidator);
  app.setSerializerCompiler(serializerCompiler);
  return app.withTypeProvider<ZodTypeProvider>();
}
