import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AuditLog, AuditRecord } from '../core/AuditLog.js';
import type { MemberDataService } from '../core/MemberPrivacy.js';
import { ApiErrorSchema } from './openapi/ApiErrorSchema.js';
import { apiErrorHandler } from './openapi/apiErrorHandler.js';
import { useZodSchemas } from './openapi/useZodSchemas.js';

/** What the audit and member-export routes read. */
export interface PrivacyRouteDeps {
  audit: AuditLog;
  memberData: MemberDataService;
  /** The guild this process manages (exports are of its members). */
  guildId: string;
}

const AuditRecordSchema = z.object({
  id: z.number(),
  guildId: z.string(),
  actor: z.string().describe('`discord:<user id>`, `cli:<os user>`, `dashboard:<user id>`.'),
  action: z.string().describe('`<area>.<verb>`: `moderation.ban`, `privacy.erase`, `server.apply`.'),
  target: z.string().nullable(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  at: z.number().describe('Epoch ms.'),
}) satisfies z.ZodType<AuditRecord>;

/** `GET /api/audit`: records newest first; page with `before` = the last record's id. */
export const AuditResponseSchema = z.object({ records: z.array(AuditRecordSchema) });
export type AuditResponse = z.infer<typeof AuditResponseSchema>;

/** `GET /api/members/:userId/export`: everything Guildhall holds about one member, by owner. */
export const MemberExportResponseSchema = z.object({
  userId: z.string(),
  guildId: z.string(),
  exportedAt: z.string().describe('ISO-8601.'),
  data: z
    .record(z.string(), z.record(z.string(), z.unknown()))
    .describe('Sections by owner (module or core part), each an object of JSON values.'),
});
export type MemberExportResponse = z.infer<typeof MemberExportResponseSchema>;

const AuditQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(1000).default(100),
    actor: z.string().min(1).max(200).optional(),
    action: z.string().min(1).max(200).optional(),
    before: z.coerce.number().int().min(1).optional(),
  })
  .strict();

const MemberParams = z.object({ userId: z.string().regex(/^\d{5,25}$/, 'must be a user id (digits)') });

const TAGS = ['privacy'];

/**
 * Registers `GET /api/audit` (moderators; query: limit, actor, action prefix, before id) and
 * `GET /api/members/:userId/export` (admins; a JSON download, recorded in the audit log as
 * `privacy.export`). Bad parameters are answered 400 with `{ error: "<param>: <message>" }`.
 * The routes live in their own scope (zod schemas, error handler), added when the server loads.
 * @param app - the Fastify server
 * @param deps - audit log, member data, guild
 */
export function registerPrivacyRoutes(app: FastifyInstance, deps: PrivacyRouteDeps): void {
  void app.register((scope, _options, done) => {
    const api = useZodSchemas(scope);
    scope.setErrorHandler(apiErrorHandler);
    api.get(
      '/api/audit',
      {
        schema: {
          summary: 'Staff actions (CLI, Discord, dashboard), newest first',
          tags: TAGS,
          querystring: AuditQuery,
          response: { 200: AuditResponseSchema, 400: ApiErrorSchema },
        },
        config: { access: 'moderator' },
      },
      async (request) => {
        const { limit, actor, action, before } = request.query;
        const records = await deps.audit.list({
          limit,
          ...(actor === undefined ? {} : { actor }),
          ...(action === undefined ? {} : { actionPrefix: action }),
          ...(before === undefined ? {} : { beforeId: before }),
        });
        return { records };
      },
    );

    api.get(
      '/api/members/:userId/export',
      {
        schema: {
          summary: 'Everything Guildhall holds about one member (a JSON download, audited)',
          tags: TAGS,
          params: MemberParams,
          response: { 200: MemberExportResponseSchema, 400: ApiErrorSchema },
        },
        config: { access: 'admin' },
      },
      async (request, reply) => {
        const { userId } = request.params;
        const data = await deps.memberData.exportMember(deps.guildId, userId);
        await deps.audit.record({
          guildId: deps.guildId,
          // The access check signed the caller in (admin); `dashboard:local` only without it.
          actor: request.dashboardUser === undefined ? 'dashboard:local' : `discord:${request.dashboardUser.userId}`,
          action: 'privacy.export',
          // An export that found nothing disclosed nothing: it does not name anyone.
          target: Object.keys(data).length > 0 ? userId : null,
          details: { sections: Object.keys(data).join(',') },
        });
        const body: MemberExportResponse = {
          userId,
          guildId: deps.guildId,
          exportedAt: new Date().toISOString(),
          data,
        };
        return reply
          .header('content-disposition', `attachment; filename="guildhall-member-${userId}.json"`)
          .header('cache-control', 'no-store')
          .send(body);
      },
    );
    done();
  });
}
