import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AUTH_RATE_LIMIT, ErrorResponse, LogoutResponse, SessionResponse } from './authSchemas.js';
import type { SessionGate } from './SessionGate.js';

/** How the session routes learn the sign-in methods on offer. */
export interface SessionRouteOptions {
  gate: SessionGate;
  discordLogin: boolean;
  /** Sandbox only: the members the dev login offers; undefined on Discord. */
  devMembers?: () => Promise<{ userId: string; name: string }[]>;
}

/**
 * Registers `GET /api/session` (public: the signed-in user or null, a CSRF token, the sign-in
 * methods and, in the sandbox, the members to sign in as) and `POST /auth/logout` (revokes
 * the session; needs the CSRF token like every state-changing call).
 * @param app - the server
 * @param options - the gate and the sign-in methods
 */
export function registerSessionRoutes(app: FastifyInstance, options: SessionRouteOptions): void {
  const { gate, discordLogin, devMembers } = options;
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/api/session',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Who is signed in, the CSRF token, and how to sign in',
        tags: ['auth'],
        response: { 200: SessionResponse },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const { user } = await gate.identify(request);
      const loginMethods: SessionResponse['loginMethods'] = [];
      if (discordLogin) loginMethods.push('discord');
      if (devMembers !== undefined) loginMethods.push('dev');
      return {
        user,
        csrfToken: reply.generateCsrf(),
        loginMethods,
        ...(devMembers === undefined ? {} : { devMembers: await devMembers() }),
      };
    },
  );

  routes.post(
    '/auth/logout',
    {
      config: { access: 'public', rateLimit: AUTH_RATE_LIMIT },
      schema: {
        summary: 'Sign out: revokes the session',
        tags: ['auth'],
        response: { 200: LogoutResponse, 403: ErrorResponse },
      },
    },
    async (request, reply) => ({ signedOut: await gate.signOut(request, reply) }),
  );
}
