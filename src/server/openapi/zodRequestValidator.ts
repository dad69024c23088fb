import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import { RequestValidationError, type RequestPart } from './RequestValidationError.js';

/** Fastify's names for the parts of a request, as error messages name them. */
const PART_NAMES: Record<string, RequestPart> = {
  body: 'body',
  querystring: 'query',
  params: 'path',
  headers: 'headers',
};

/**
 * Fastify validator compiler for zod schemas: parses each request part with the route's
 * schema (coercions and defaults applied), and fails with a {@link RequestValidationError}.
 * A missing body is parsed as `{}`, so a POST without one names the fields it lacks.
 */
export const zodRequestValidator: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const result = schema.safeParse(data ?? {});
    if (result.success) return { value: result.data };
    const issues = result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    }));
    return { error: new RequestValidationError(PART_NAMES[httpPart ?? ''] ?? 'body', issues) };
  };
