import { z } from 'zod';
import { defineRoute } from '../../../core/defineRoute.js';
import { toAppeal } from '../appeals/Appeal.js';
import { describeAction } from '../cases/describeCase.js';
import { toCase } from '../cases/ModerationCase.js';
import type { ModerationContext } from '../ModerationContext.js';
import { moderationDb } from '../ModerationTables.js';
import { AppealView, CASE_KINDS, CASE_STATUSES, appealView } from './caseViews.js';

const AppealsQuery = z.object({
  status: z.enum(['pending', 'upheld', 'overturned']).default('pending'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** What the queue shows of an appealed case. */
const CaseSummary = z.object({
  caseNumber: z.number().int(),
  kind: z.enum(CASE_KINDS),
  label: z.string(),
  reason: z.string(),
  status: z.enum(CASE_STATUSES),
  actorId: z.string().nullable(),
  ruleId: z.string().nullable(),
  createdAt: z.number(),
});

const AppealQueue = z.object({
  appeals: z.array(AppealView.extend({ case: CaseSummary.nullable() })),
});

/**
 * `GET /api/moderation/appeals?status=pending`: the appeals queue, oldest first (the one that
 * waited longest on top), each with a summary of its case.
 */
export const appealsRoute = defineRoute({
  method: 'GET',
  path: '/appeals',
  access: 'moderator',
  summary: 'The appeals queue (pending by default), oldest first, each with its case',
  query: AppealsQuery,
  response: AppealQueue,
  async handle({ query, guildId }, ctx: ModerationContext) {
    const db = moderationDb(ctx.db);
    const rows = await db
      .selectFrom('moderation_appeals')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('status', '=', query.status)
      .orderBy('created_at')
      .orderBy('id')
      .limit(query.limit)
      .execute();
    const caseIds = [...new Set(rows.map((r) => r.case_id))];
    const cases =
      caseIds.length === 0
        ? []
        : await db.selectFrom('moderation_cases').selectAll().where('id', 'in', caseIds).execute();
    const byId = new Map(cases.map((row) => [row.id, toCase(row)]));
    const appeals = rows.map((row) => {
      const c = byId.get(row.case_id);
      return {
        ...appealView(toAppeal(row)),
        case:
          c === undefined
            ? null
            : {
                caseNumber: c.id,
                kind: c.action,
                label: describeAction(c),
                reason: c.reason,
                status: c.status,
                actorId: c.actorId,
                ruleId: c.ruleId,
                createdAt: c.createdAt,
              },
      };
    });
    return { status: 200, body: { appeals } };
  },
});
