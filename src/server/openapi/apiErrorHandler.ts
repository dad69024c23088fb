import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { RequestValidationError } from './RequestValidationError.js';

/**
 * Answers an invalid request 400 `{ error: "<param>: <message>" }` (the first issue, named by
 * its path, or by the part when the part as a whole is wrong); every other error goes on to
 * Fastify's default handler.
 * @param error - what was thrown
 * @param _request - the request
 * @param reply - the reply to send
 */
export function apiErrorHandler(
  error: FastifyError | Error,
  _request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (error instanceof RequestValidationError) return reply.code(400).send({ error: validationMessage(error) });
  throw error;
}

/**
 * `<param>: <message>` of a request's first problem, e.g. `limit: Too big: expected number to be <=100`.
 * @param error - the validation error
 */
export function validationMessage(error: RequestValidationError): string {
  const issue = error.issues[0];
  const where = issue?.path ?? '';
  return `${where === '' ? error.part : where}: ${issue?.message ?? 'invalid'}`;
}
