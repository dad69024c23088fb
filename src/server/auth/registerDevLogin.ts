import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { MemberSnapshot } from '../../platform/Platform.js';
import { AUTH_RATE_LIMIT, DevLoginBody, DevLoginResponse, ErrorResponse } from './authSchemas.js';
import type { SessionGate } from './SessionGate.js';

const REFUSALS = {
  'not-member': 'not a member of the sandbox guild',
  'no-role': 'has none of the dashboard roles (dashboard.roles in community.yaml)',
} as const;

/**
 * Registers the sandbox's dev login, `POST /auth/dev-login { userId }`: signs in as any
 * sandbox member, with the role their sandbox roles give (as a Discord sign-in would), in a
 * session marked `devLogin`. Only registered on the sandbox platform (404 on Discord).
 * @param app - the server
 * @param options - the session gate and how to read a sandbox member
 */
export function registerDevLogin(
  app: FastifyInstance,
  options: { gate: SessionGate; fetchMember: (userId: string) => Promise<MemberSnapshot | null> },
): void {
  const { gate, fetchMember } = options;
  app.withTypeProvider<ZodTypeProvider>().post(
    '/auth/dev-login',
    {
      config: { access: 'public', rateLimit: AUTH_RATE_LIMIT },
      schema: {
        summary: 'Sandbox only: sign in as a sandbox member (dev login)',
        tags: ['auth'],
        body: DevLoginBody,
        response: { 200: DevLoginResponse, 403: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const member = await fetchMember(request.body.userId);
      if (member === null || member.bot) return reply.code(404).send({ error: 'no such sandbox member' });
      const decision = await gate.decide(member.userId);
      if (decision.role === null) {
        return reply.code(403).send({ error: `${member.displayName} ${REFUSALS[decision.refused]}` });
      }
      const user = { userId: member.userId, name: member.displayName, role: decision.role, devLogin: true };
      await gate.signIn(reply, user);
      return { user };
    },
  );
}
