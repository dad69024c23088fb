import { z } from 'zod';
import { defineRoute, type RouteErrorStatus } from '../../../core/defineRoute.js';
import { decideAppeal, type RefusalKind } from '../appeals/decideAppeal.js';
import { REASON_LENGTH } from '../appeals/decisionButtons.js';
import { decisionReply } from '../appeals/decisionReply.js';
import { moderationPlaces } from '../guild/ModerationPlaces.js';
import type { ModerationContext } from '../ModerationContext.js';
import { AppealView, appealView } from './caseViews.js';
import { dashboardInvoker } from './dashboardInvoker.js';

const DecisionParams = z.object({ appealId: z.coerce.number().int().min(1) });

const DecisionBody = z.object({
  outcome: z.enum(['upheld', 'overturned']),
  /** Sent to the member with the decision. */
  reason: z.string().trim().min(REASON_LENGTH.min).max(REASON_LENGTH.max),
});

const DecisionResult = z.object({
  appeal: AppealView,
  /** What overturning undid (`ban lifted`, `timeout ended`), or null. */
  undone: z.string().nullable(),
  /** The member got the decision by DM (or in the channel fallback). */
  told: z.boolean(),
  /** The same sentence a Discord reviewer reads. */
  message: z.string(),
});

const STATUS: Record<RefusalKind, RouteErrorStatus> = { missing: 404, not_allowed: 403, decided: 409 };

/**
 * `POST /api/moderation/appeals/:appealId/decision`: uphold or overturn an appeal, by exactly
 * the rules of the Discord decision buttons (the reviewer's authority checked against their
 * guild roles, never their own case, once only), audited as theirs with `via: dashboard`.
 */
export const decideAppealRoute = defineRoute({
  method: 'POST',
  path: '/appeals/:appealId/decision',
  access: 'moderator',
  summary: 'Decide an appeal (uphold or overturn) with the reasoning the member gets',
  params: DecisionParams,
  body: DecisionBody,
  response: DecisionResult,
  async handle({ params, body, actor, guildId }, ctx: ModerationContext) {
    const places = await moderationPlaces(ctx, guildId);
    const decided = await decideAppeal(ctx, places, {
      guildId,
      appealId: params.appealId,
      outcome: body.outcome,
      reason: body.reason,
      reviewer: await dashboardInvoker(ctx, guildId, actor),
      via: 'dashboard',
    });
    if (!decided.ok) return { status: STATUS[decided.kind], error: decided.reason };
    const { appeal, undone, told } = decided;
    return { status: 200, body: { appeal: appealView(appeal), undone, told, message: decisionReply(decided) } };
  },
});
