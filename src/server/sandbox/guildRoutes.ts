import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SandboxRouteDeps } from './SandboxRouteDeps.js';
import { IdSchema } from './SandboxRouteDeps.js';
import { compact, parseRequest } from './parseRequest.js';

const AuditQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(100).optional() });
const InviteBody = z.strictObject({
  userId: IdSchema,
  channelId: IdSchema,
  maxUses: z.number().int().min(0).max(100).optional(),
});

/**
 * Guild-wide reads (guild, channels, roles, commands, bans, invites, native AutoMod rules, audit
 * log) and creating invites.
 * @param app - the sandbox API scope
 * @param deps - sandbox and settle
 */
export function registerGuildRoutes(app: FastifyInstance, deps: SandboxRouteDeps): void {
  const { sandbox, settle } = deps;
  app.get('/guild', async () => {
    const guild = await sandbox.guild();
    return sandbox.fetchGuild(guild.id);
  });
  app.get('/channels', () => sandbox.listChannels());
  app.get('/roles', () => sandbox.listRoles());
  app.get('/commands', () => sandbox.listCommands());
  app.get('/bans', () => sandbox.listBans());
  app.get('/invites', () => sandbox.listInvites());
  app.get('/automod-rules', async () => sandbox.listAutoModerationRules((await sandbox.guild()).id));
  app.get('/audit-log', (request) => sandbox.listAuditLog(compact(parseRequest(AuditQuery, request.query, 'query'))));
  app.post('/invites', async (request, reply) => {
    const body = compact(parseRequest(InviteBody, request.body, 'body'));
    const invite = await sandbox.createInvite(body);
    await settle();
    return reply.status(201).send(invite);
  });
}
