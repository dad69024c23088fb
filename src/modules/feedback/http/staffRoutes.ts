import { defineRoute, type RouteActor } from '../../../core/defineRoute.js';
import type { FeedbackContext } from '../FeedbackContext.js';
import { changeStatus } from '../lifecycle/changeStatus.js';
import { mergeItems } from '../lifecycle/mergeItems.js';
import { isFeedbackStaff } from '../roles/isFeedbackStaff.js';
import { FeedbackItems } from '../store/FeedbackItems.js';
import { ItemChanged, ItemNumberParams, MergeBody, StatusBody } from './FeedbackApi.js';
import { itemSummaries } from './itemSummaries.js';

/**
 * Whether the dashboard user is feedback staff by their roles in the guild now (the same rule
 * as the Discord commands: a dashboard role alone grants none); someone no longer in the guild
 * holds no role.
 */
async function actorIsStaff(ctx: FeedbackContext, guildId: string, actor: RouteActor): Promise<boolean> {
  const member = await ctx.platform.fetchMember(guildId, actor.userId);
  return isFeedbackStaff(ctx, guildId, { userId: actor.userId, memberRoles: member?.roles ?? [] });
}

const notStaff = (ctx: FeedbackContext) =>
  ({
    status: 403,
    error: `Only feedback staff (${ctx.config.staffRoles.length > 0 ? ctx.config.staffRoles.join(', ') : 'the dashboard’s admin and moderator roles'}) can change feedback items.`,
  }) as const;

/**
 * `POST /api/feedback/items/:number/status`: staff move an item (new → triaged → planned → in
 * progress → done / declined) exactly as `/feedback-staff status` does: history, the card and
 * thread updated, the author and followers told.
 */
export const changeStatusRoute = defineRoute({
  method: 'POST',
  path: '/items/:number/status',
  access: 'moderator',
  summary: 'Change a feedback item’s status (feedback staff), with an optional note the author and followers read',
  params: ItemNumberParams,
  body: StatusBody,
  response: ItemChanged,
  async handle({ params, body, actor, guildId }, ctx: FeedbackContext) {
    if (!(await actorIsStaff(ctx, guildId, actor))) return notStaff(ctx);
    const item = await new FeedbackItems(ctx.db).byNumber(guildId, params.number);
    if (item === undefined) return { status: 404, error: `There is no feedback item #${params.number}.` };
    const changed = await changeStatus(ctx, guildId, item, body.status, actor.userId, body.note ?? null, 'dashboard');
    if (!changed.ok) return { status: 409, error: changed.reason };
    const [summary] = await itemSummaries(ctx, guildId, [changed.item]);
    if (summary === undefined) return { status: 404, error: `There is no feedback item #${params.number}.` };
    return { status: 200, body: { item: summary } };
  },
});

/**
 * `POST /api/feedback/items/:number/merge`: staff merge a duplicate into another item (its votes
 * and followers move), exactly as `/feedback-staff merge` does.
 */
export const mergeRoute = defineRoute({
  method: 'POST',
  path: '/items/:number/merge',
  access: 'moderator',
  summary: 'Merge a duplicate feedback item into another (feedback staff): votes and followers move to it',
  params: ItemNumberParams,
  body: MergeBody,
  response: ItemChanged,
  async handle({ params, body, actor, guildId }, ctx: FeedbackContext) {
    if (!(await actorIsStaff(ctx, guildId, actor))) return notStaff(ctx);
    const items = new FeedbackItems(ctx.db);
    const duplicate = await items.byNumber(guildId, params.number);
    if (duplicate === undefined) return { status: 404, error: `There is no feedback item #${params.number}.` };
    const into = await items.byNumber(guildId, body.into);
    if (into === undefined) return { status: 404, error: `There is no feedback item #${body.into}.` };
    const merged = await mergeItems(ctx, guildId, duplicate, into, actor.userId, 'dashboard');
    if (!merged.ok) return { status: 409, error: merged.reason };
    const [summary] = await itemSummaries(ctx, guildId, [merged.into]);
    if (summary === undefined) return { status: 404, error: `There is no feedback item #${params.number}.` };
    return { status: 200, body: { item: summary } };
  },
});

/** The staff routes of the feedback dashboard. */
export const staffRoutes = [changeStatusRoute, mergeRoute];
