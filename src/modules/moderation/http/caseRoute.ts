import { z } from 'zod';
import { defineRoute } from '../../../core/defineRoute.js';
import { appealsOfCase } from '../appeals/Appeal.js';
import { findCase } from '../cases/findCase.js';
import type { ModerationContext } from '../ModerationContext.js';
import { AppealView, CaseView, appealView, caseView } from './caseViews.js';
import { caseTimeline, TimelineEntry } from './caseTimeline.js';

const CaseParams = z.object({ caseNumber: z.coerce.number().int().min(1) });

const CaseDetail = z.object({
  case: CaseView,
  /** Oldest first. */
  appeals: z.array(AppealView),
  /** What happened to the case, oldest first. */
  timeline: z.array(TimelineEntry),
});

/** `GET /api/moderation/cases/:caseNumber`: one case with its evidence, appeals and timeline. */
export const caseRoute = defineRoute({
  method: 'GET',
  path: '/cases/:caseNumber',
  access: 'moderator',
  summary: 'One moderation case with its evidence, its appeals and its timeline',
  params: CaseParams,
  response: CaseDetail,
  async handle({ params, guildId }, ctx: ModerationContext) {
    const c = await findCase(ctx.db, guildId, params.caseNumber);
    if (c === null) return { status: 404, error: `There is no case #${params.caseNumber}.` };
    const appeals = await appealsOfCase(ctx.db, c.id);
    return {
      status: 200,
      body: { case: caseView(c), appeals: appeals.map(appealView), timeline: caseTimeline(c, appeals) },
    };
  },
});
