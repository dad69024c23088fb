import { z } from 'zod';
import type { ZodApp } from '../openapi/useZodSchemas.js';
import {
  ChannelSnapshotSchema,
  GuildSnapshotSchema,
  NativeAutomodRuleSnapshotSchema,
  RoleSnapshotSchema,
  SlashCommandDefinitionSchema,
} from './schemas/platformSchemas.js';
import { SandboxAuditEntrySchema, SandboxBanSchema, SandboxInviteSchema } from './schemas/sandboxViewSchemas.js';
import { SANDBOX_ERRORS, SANDBOX_TAGS, VIEWER } from './sandboxRouteSchemas.js';
import type { SandboxRouteDeps } from './SandboxRouteDeps.js';
import { IdSchema } from './SandboxRouteDeps.js';
import { compact } from './parseRequest.js';

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
export function registerGuildRoutes(app: ZodApp, deps: SandboxRouteDeps): void {
  const { sandbox, settle } = deps;
  const read = <S extends z.ZodType>(summary: string, schema: S) => ({
    schema: { summary, tags: SANDBOX_TAGS, response: { 200: schema, ...SANDBOX_ERRORS } },
    config: VIEWER,
  });
  app.get('/guild', read('The guild: channels, roles, verification level', GuildSnapshotSchema), async () => {
    const guild = await sandbox.guild();
    return sandbox.fetchGuild(guild.id);
  });
  app.get('/channels', read('Every channel, threads included', z.array(ChannelSnapshotSchema)), () =>
    sandbox.listChannels(),
  );
  app.get('/roles', read('Every role, highest first', z.array(RoleSnapshotSchema)), () => sandbox.listRoles());
  app.get(
    '/commands',
    read(
      'The registered commands: slash commands and message commands (`type: "message"`)',
      z.array(SlashCommandDefinitionSchema),
    ),
    () => sandbox.listCommands(),
  );
  app.get('/bans', read('Banned users, newest first', z.array(SandboxBanSchema)), () => sandbox.listBans());
  app.get('/invites', read('Invites with their uses, newest first', z.array(SandboxInviteSchema)), () =>
    sandbox.listInvites(),
  );
  app.get('/automod-rules', read('Native AutoMod rules', z.array(NativeAutomodRuleSnapshotSchema)), async () =>
    sandbox.listAutoModerationRules((await sandbox.guild()).id),
  );
  app.get(
    '/audit-log',
    {
      schema: {
        summary: 'What the bot did and why, newest first',
        tags: SANDBOX_TAGS,
        querystring: AuditQuery,
        response: { 200: z.array(SandboxAuditEntrySchema), ...SANDBOX_ERRORS },
      },
      config: VIEWER,
    },
    (request) => sandbox.listAuditLog(compact(request.query)),
  );
  app.post(
    '/invites',
    {
      schema: {
        summary: 'A member creates an invite to a channel',
        tags: SANDBOX_TAGS,
        body: InviteBody,
        response: { 201: SandboxInviteSchema, ...SANDBOX_ERRORS },
      },
      config: VIEWER,
    },
    async (request, reply) => {
      const invite = await sandbox.createInvite(compact(request.body));
      await settle();
      return reply.status(201).send(invite);
    },
  );
}
