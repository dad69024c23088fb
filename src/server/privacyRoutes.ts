import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AuditLog, AuditRecord } from '../core/AuditLog.js';
import type { MemberDataService, MemberExport } from '../core/MemberPrivacy.js';

/** What the audit and member-export routes read. */
export interface PrivacyRouteDeps {
  audit: AuditLog;
  memberData: MemberDataService;
  /** The guild this process manages (exports are of its members). */
  guildId: string;
  /** Who the audit log names for exports through the API (no login yet: `dashboard:local`). */
  actor?: string;
}

/** `GET /api/audit`: records newest first; page with `before` = the last record's id. */
export interface AuditResponse {
  records: AuditRecord[];
}

/** `GET /api/members/:userId/export`: everything Guildhall holds about one member, by owner. */
export interface MemberExportResponse {
  userId: string;
  guildId: string;
  exportedAt: string;
  data: MemberExport;
}

const AuditQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(1000).default(100),
    actor: z.string().min(1).max(200).optional(),
    action: z.string().min(1).max(200).optional(),
    before: z.coerce.number().int().min(1).optional(),
  })
  .strict();

const MemberParams = z.object({ userId: z.string().regex(/^\d{5,25}$/, 'must be a user id (digits)') });

/**
 * Registers `GET /api/audit` (query: limit, actor, action prefix, before id) and
 * `GET /api/members/:userId/export` (a JSON download, recorded in the audit log as
 * `privacy.export`). Like the rest of the dashboard API there is no login yet: the server
 * binds to localhost unless HOST says otherwise (see docs/privacy.md).
 * @param app - the Fastify server
 * @param deps - audit log, member data, guild
 */
export function registerPrivacyRoutes(app: FastifyInstance, deps: PrivacyRouteDeps): void {
  app.get('/api/audit', async (request, reply) => {
    const query = AuditQuery.safeParse(request.query);
    if (!query.success) return reply.code(400).send({ error: issueText(query.error) });
    const { limit, actor, action, before } = query.data;
    const records = await deps.audit.list({
      limit,
      ...(actor === undefined ? {} : { actor }),
      ...(action === undefined ? {} : { actionPrefix: action }),
      ...(before === undefined ? {} : { beforeId: before }),
    });
    return { records } satisfies AuditResponse;
  });

  app.get('/api/members/:userId/export', async (request, reply) => {
    const params = MemberParams.safeParse(request.params);
    if (!params.success) return reply.code(400).send({ error: issueText(params.error) });
    const { userId } = params.data;
    const data = await deps.memberData.exportMember(deps.guildId, userId);
    await deps.audit.record({
      guildId: deps.guildId,
      actor: deps.actor ?? 'dashboard:local',
      action: 'privacy.export',
      // An export that found nothing disclosed nothing: it does not name anyone.
      target: Object.keys(data).length > 0 ? userId : null,
      details: { sections: Object.keys(data).join(',') },
    });
    const body: MemberExportResponse = { userId, guildId: deps.guildId, exportedAt: new Date().toISOString(), data };
    return reply
      .header('content-disposition', `attachment; filename="guildhall-member-${userId}.json"`)
      .header('cache-control', 'no-store')
      .send(body);
  });
}

function issueText(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue?.path.join('.') ?? '';
  return `${where === '' ? 'query' : where}: ${issue?.message ?? 'invalid'}`;
}
