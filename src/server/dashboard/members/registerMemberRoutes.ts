import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { MemberReader, type MemberDeps } from './MemberReader.js';
import { ApiErrorBody, MemberParams, MemberProfile, MembersQuery, MembersResponse } from './MembersApi.js';

export type { MemberDeps } from './MemberReader.js';

/**
 * Registers the member pages' API (viewer access): `GET /api/members` (search, filter, pages)
 * and `GET /api/members/:userId` (profile; 404 for a user neither the member directory nor
 * the event log knows).
 * @param app - the Fastify server
 * @param deps - store, guild, clock, platform readers, staff roles
 */
export function registerMemberRoutes(app: FastifyInstance, deps: MemberDeps): void {
  const reader = new MemberReader({
    onError: (error) => app.log.warn({ err: error }, 'dashboard: cannot read members from the platform'),
    ...deps,
  });
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/members',
    {
      config: { access: 'viewer' },
      schema: {
        summary: 'Members, searched and filtered',
        description:
          'The members of the member directory (kept from events, synced with the platform’s member list at start), with message count and last message from the event log. `new`: joined less than 7 days ago; `inactive`: no message or reaction in 30 days; `staff`: holds a dashboard moderator/admin role or a moderation staff role.',
        tags: ['members'],
        querystring: MembersQuery,
        response: { 200: MembersResponse },
      },
    },
    async (request) => reader.list(request.query),
  );

  api.get(
    '/api/members/:userId',
    {
      config: { access: 'viewer' },
      schema: {
        summary: 'A member’s profile',
        description:
          'Name, roles, join and account dates, joins and departures, message count and recent activity. Points and cases are served by the recognition and moderation routes.',
        tags: ['members'],
        params: MemberParams,
        response: { 200: MemberProfile, 404: ApiErrorBody },
      },
    },
    async (request, reply) => {
      const profile = await reader.profile(request.params.userId);
      if (profile === null) return reply.code(404).send({ error: `no member ${request.params.userId}` });
      return profile;
    },
  );
}
