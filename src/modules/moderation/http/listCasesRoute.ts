import { z } from 'zod';
import { defineRoute } from '../../../core/defineRoute.js';
import { toCase } from '../cases/ModerationCase.js';
import type { ModerationContext } from '../ModerationContext.js';
import { moderationDb, type CaseStatus } from '../ModerationTables.js';
import { CASE_KINDS, CaseView, caseView } from './caseViews.js';

/** What each status filter of the API means in stored statuses. */
const STATUS_FILTERS: Record<'open' | 'closed' | 'overturned', readonly CaseStatus[]> = {
  open: ['active'],
  closed: ['expired', 'revoked'],
  overturned: ['overturned'],
};

const CasesQuery = z.object({
  status: z
    .enum(['open', 'closed', 'overturned'])
    .optional()
    .describe('open: in force; closed: expired or revoked; overturned: withdrawn on appeal'),
  kind: z.enum(CASE_KINDS).optional().describe('The action: warn, timeout, kick, ban …'),
  userId: z
    .string()
    .regex(/^\d{5,25}$/, 'must be a user id (digits)')
    .optional(),
  rule: z.string().min(1).max(100).optional().describe('An automod rule id'),
  source: z.enum(['automod', 'manual']).optional().describe('automod: no moderator acted'),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).default(0),
});

const CasesPage = z.object({
  cases: z.array(CaseView),
  /** Cases matching the filters, all pages together. */
  total: z.number().int(),
});

/** `GET /api/moderation/cases`: cases newest first, filtered, with their evidence; paged. */
export const listCasesRoute = defineRoute({
  method: 'GET',
  path: '/cases',
  access: 'moderator',
  summary: 'Moderation cases, newest first, with their evidence (filters: status, kind, member, rule, source)',
  query: CasesQuery,
  response: CasesPage,
  async handle({ query, guildId }, ctx: ModerationContext) {
    const filtered = moderationDb(ctx.db)
      .selectFrom('moderation_cases')
      .where('guild_id', '=', guildId)
      .$if(query.status !== undefined, (qb) => qb.where('status', 'in', STATUS_FILTERS[query.status ?? 'open']))
      .$if(query.kind !== undefined, (qb) => qb.where('action', '=', query.kind ?? ''))
      .$if(query.userId !== undefined, (qb) => qb.where('user_id', '=', query.userId ?? ''))
      .$if(query.rule !== undefined, (qb) => qb.where('rule_id', '=', query.rule ?? ''))
      .$if(query.source !== undefined, (qb) =>
        qb.where('actor_id', query.source === 'automod' ? 'is' : 'is not', null),
      );
    const rows = await filtered
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(query.limit)
      .offset(query.offset)
      .execute();
    const count = await filtered.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
    return { status: 200, body: { cases: rows.map((row) => caseView(toCase(row))), total: Number(count.n) } };
  },
});
