import type { z } from 'zod';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { PlatformRuleError, UserError } from '../../core/errors.js';
import { SandboxNotFoundError } from '../../platform/sandbox/SandboxNotFoundError.js';
import type { SandboxErrorSchema } from './sandboxRouteSchemas.js';
import { RequestValidationError } from '../openapi/RequestValidationError.js';

/** The JSON body of every sandbox API error. */
export type SandboxErrorBody = z.infer<typeof SandboxErrorSchema>;

/**
 * Answers a failed sandbox request: 400 for invalid input (nothing changed), 404 for an
 * unknown id, 422 for a Discord rule the action would break, 500 (logged) otherwise.
 * @param error - what was thrown
 * @param request - the request (for its logger)
 * @param reply - the reply to send
 */
export function sandboxErrorHandler(
  error: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const send = (status: number, body: SandboxErrorBody): FastifyReply => reply.status(status).send(body);
  if (error instanceof RequestValidationError) {
    // A problem with the part as a whole (an unknown key, no object) is at `(root)`.
    const issues = error.issues.map((issue) => ({
      path: issue.path === '' ? '(root)' : issue.path,
      message: issue.message,
    }));
    const first = issues[0];
    const summary = first === undefined ? '' : `: ${first.path}: ${first.message}`;
    return send(400, { error: `invalid ${error.part}${summary}`, issues });
  }
  if (error instanceof UserError) return send(400, { error: error.message });
  if (error instanceof SandboxNotFoundError) return send(404, { error: error.message });
  if (error instanceof PlatformRuleError) return send(422, { error: error.message });
  const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (status >= 400 && status < 500) return send(status, { error: error.message });
  request.log.error({ err: error }, 'sandbox API request failed');
  return send(500, { error: 'internal error: see the server log' });
}
