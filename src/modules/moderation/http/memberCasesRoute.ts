import { z } from 'zod';
import { defineRoute } from '../../../core/defineRoute.js';
import { activeStrikes } from '../cases/activeStrikes.js';
import { memberHistory } from '../cases/memberHistory.js';
import type { ModerationContext } from '../ModerationContext.js';
import { CaseView, caseView } from './caseViews.js';

const MemberParams = z.object({ userId: z.string().regex(/^\d{5,25}$/, 'must be a user id (digits)') });

const MemberCases = z.object({
  userId: z.string(),
  /** Strikes that still count on the escalation ladder. */
  activeStrikes: z.number().int(),
  /** Newest first (the latest 100). */
  cases: z.array(CaseView),
});

/** `GET /api/moderation/members/:userId/cases`: a member's cases, for their profile page. */
export const memberCasesRoute = defineRoute({
  method: 'GET',
  path: '/members/:userId/cases',
  access: 'moderator',
  summary: "A member's moderation cases, newest first, and their strikes that still count",
  params: MemberParams,
  response: MemberCases,
  async handle({ params, guildId }, ctx: ModerationContext) {
    const cases = await memberHistory(ctx.db, guildId, params.userId, 100);
    const strikes = await activeStrikes(ctx.db, guildId, params.userId, ctx.clock.now());
    return { status: 200, body: { userId: params.userId, activeStrikes: strikes, cases: cases.map(caseView) } };
  },
});
