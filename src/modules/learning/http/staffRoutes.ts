import { memberDisplayNames } from '../../../core/members/memberDisplayNames.js';
import { defineRoute, type RouteActor } from '../../../core/defineRoute.js';
import { formRound } from '../groups/formRound.js';
import type { LearningContext } from '../LearningContext.js';
import { runAssignment } from '../mentors/runAssignment.js';
import { isLearningStaff } from '../roles/isLearningStaff.js';
import { AssignmentBody, AssignmentOutcome, RoundBody, RoundOutcome } from './LearningApi.js';
import { named } from './learningViews.js';

/**
 * Whether the dashboard user is learning staff by their roles in the guild now (the same rule
 * as the Discord commands: a dashboard role alone grants none).
 */
async function actorIsStaff(ctx: LearningContext, guildId: string, actor: RouteActor): Promise<boolean> {
  const member = await ctx.platform.fetchMember(guildId, actor.userId);
  return isLearningStaff(ctx, guildId, { userId: actor.userId, memberRoles: member?.roles ?? [] });
}

const notStaff = (ctx: LearningContext, what: string) =>
  ({
    status: 403,
    error: `Only learning staff (${ctx.config.staffRoles.length > 0 ? ctx.config.staffRoles.join(', ') : 'the dashboard’s admin and moderator roles'}) can ${what}.`,
  }) as const;

/**
 * `POST /api/learning/rounds`: staff preview or form the study groups of one type, exactly as
 * `/study-groups form` does (threads, roles and notices when formed).
 */
export const formRoundRoute = defineRoute({
  method: 'POST',
  path: '/rounds',
  access: 'moderator',
  summary: 'Preview or form the study groups of one type over everyone taking part (learning staff)',
  body: RoundBody,
  response: RoundOutcome,
  async handle({ body, actor, guildId, requestId }, ctx: LearningContext) {
    if (!(await actorIsStaff(ctx, guildId, actor))) return notStaff(ctx, 'form study groups');
    const result = await formRound(ctx, guildId, {
      type: body.type,
      preview: body.preview,
      by: actor.userId,
      source: 'dashboard',
      roundId: `http-${requestId}`,
    });
    const names = await memberDisplayNames(ctx, guildId, [
      ...result.groups.flatMap((g) => g.memberIds),
      ...result.unplaced.map((u) => u.userId),
    ]);
    return {
      status: 200,
      body: {
        number: result.number,
        preview: body.preview,
        learners: result.learners,
        groups: result.groups.map((g) => ({
          number: g.number,
          compatibility: g.compatibility,
          members: g.memberIds.map((id) => named(names, id)),
        })),
        unplaced: result.unplaced.map((u) => ({ ...named(names, u.userId), reason: u.reason })),
        value: result.value,
        bound: result.bound,
        gapPct: result.gapPct,
        exact: result.exact,
      },
    };
  },
});

/**
 * `POST /api/learning/assignments`: staff preview or run the mentor assignment over every
 * waiting mentee, exactly as `/mentor assign` does.
 */
export const assignmentRoute = defineRoute({
  method: 'POST',
  path: '/assignments',
  access: 'moderator',
  summary: 'Preview or run the optimal mentor assignment over every waiting mentee (learning staff)',
  body: AssignmentBody,
  response: AssignmentOutcome,
  async handle({ body, actor, guildId, requestId }, ctx: LearningContext) {
    if (!(await actorIsStaff(ctx, guildId, actor))) return notStaff(ctx, 'assign mentors');
    const result = await runAssignment(ctx, guildId, {
      preview: body.preview,
      by: actor.userId,
      key: `http-${requestId}`,
    });
    const names = await memberDisplayNames(ctx, guildId, [
      ...result.pairs.flatMap((p) => [p.menteeId, p.mentorId]),
      ...result.unassigned.map((u) => u.menteeId),
    ]);
    return {
      status: 200,
      body: {
        preview: body.preview,
        mentees: result.mentees,
        mentors: result.mentors,
        pairs: result.pairs.map((p) => ({
          mentee: named(names, p.menteeId),
          mentor: named(names, p.mentorId),
          compatibility: p.compatibility,
        })),
        unassigned: result.unassigned.map((u) => ({ ...named(names, u.menteeId), reason: u.reason })),
        total: result.total,
      },
    };
  },
});

/** The staff routes of the learning dashboard. */
export const staffRoutes = [formRoundRoute, assignmentRoute];
