import { describeDuration } from '../../../config/Duration.js';
import { alertModerators } from '../alerts/alertModerators.js';
import { findCase } from '../cases/findCase.js';
import type { ModerationCase } from '../cases/ModerationCase.js';
import type { ModerationPlaces } from '../guild/ModerationPlaces.js';
import { flagAppealJob } from '../jobs/flagAppeal.js';
import type { ModerationContext } from '../ModerationContext.js';
import { moderationDb } from '../ModerationTables.js';
import { hasAuthority, type Invoker } from '../permissions/authority.js';
import { appealsOfCase, toAppeal, type Appeal } from './Appeal.js';
import { decisionButtonsRow } from './decisionButtons.js';

const APPEALABLE = new Set(['warn', 'timeout', 'kick', 'ban', 'delete']);

/** The outcome of filing an appeal. */
export type FiledAppeal = { ok: true; appeal: Appeal } | { ok: false; reason: string };

/** Whether an appeal can be filed now, and at which level. */
export type AppealCheck =
  { ok: true; case: ModerationCase & { userId: string }; level: 'first' | 'final' } | { ok: false; reason: string };

/**
 * Checks that a case can be appealed now by this invoker: their own (or a moderator filing
 * for them), a sanction, not overturned, no appeal pending, and appeals left (one first
 * appeal, then one final appeal once a moderator upheld the case).
 * @param ctx - module context
 * @param places - the resolved channels and roles
 * @param request - the case and who appeals
 */
export async function checkAppeal(
  ctx: ModerationContext,
  places: ModerationPlaces,
  request: { guildId: string; caseId: number; invoker: Invoker },
): Promise<AppealCheck> {
  const { config } = ctx;
  if (!config.appeals.enabled) return { ok: false, reason: 'Appeals are not open in this community.' };
  const c = await findCase(ctx.db, request.guildId, request.caseId);
  const own = c !== null && c.userId === request.invoker.userId;
  if (c?.userId == null || (!own && !hasAuthority(places, request.invoker, 'moderator'))) {
    return { ok: false, reason: `There is no case #${request.caseId} of yours to appeal.` };
  }
  if (!APPEALABLE.has(c.action)) return { ok: false, reason: `Case #${c.id} is not a sanction you can appeal.` };
  if (c.status === 'overturned') return { ok: false, reason: `Case #${c.id} was already overturned.` };
  const previous = await appealsOfCase(ctx.db, c.id);
  const first = previous.find((a) => a.level === 'first');
  if (first === undefined) return { ok: true, case: { ...c, userId: c.userId }, level: 'first' };
  if (first.status === 'pending')
    return { ok: false, reason: `Your appeal #${first.id} of case #${c.id} is still being reviewed.` };
  const final = previous.find((a) => a.level === 'final');
  if (final?.status === 'pending')
    return { ok: false, reason: `Your final appeal #${final.id} of case #${c.id} is still being reviewed.` };
  if (!config.appeals.finalAppeal || final !== undefined) {
    return { ok: false, reason: `Case #${c.id} has had all its appeals.` };
  }
  return { ok: true, case: { ...c, userId: c.userId }, level: 'final' };
}

/**
 * Files an appeal of a case: the first goes to the moderators; once a moderator upholds the
 * case, one final appeal goes to the admins. The member files their own (with `/appeal` or
 * the Appeal button of the notice they got by DM, which works after a ban); a moderator may
 * file one on a member's behalf. The reviewers are alerted and a job flags the appeal if it
 * still waits after `appeals.reviewWithin`.
 * @param ctx - module context
 * @param places - the resolved channels and roles
 * @param request - the case, the member's statement, who files it and where (null: a DM)
 */
export async function fileAppeal(
  ctx: ModerationContext,
  places: ModerationPlaces,
  request: { guildId: string; caseId: number; statement: string; invoker: Invoker; channelId: string | null },
): Promise<FiledAppeal> {
  const { config } = ctx;
  const check = await checkAppeal(ctx, places, request);
  if (!check.ok) return check;
  const { case: c, level } = check;
  const db = moderationDb(ctx.db);
  const now = ctx.clock.now();
  await db
    .insertInto('moderation_appeals')
    .values({
      guild_id: request.guildId,
      case_id: c.id,
      user_id: c.userId,
      filed_by: request.invoker.userId,
      level,
      statement: request.statement,
      channel_id: request.channelId,
      status: 'pending',
      created_at: now,
      decided_at: null,
      decided_by: null,
      decision_reason: null,
      flagged_at: null,
    })
    .onConflict((oc) => oc.columns(['case_id', 'level']).doNothing())
    .execute();
  const row = await db
    .selectFrom('moderation_appeals')
    .selectAll()
    .where('case_id', '=', c.id)
    .where('level', '=', level)
    .executeTakeFirstOrThrow();
  const appeal = toAppeal(row);
  await ctx.schedule(flagAppealJob, {
    key: `moderation:flag-appeal:${appeal.id}`,
    runAt: appeal.createdAt + config.appeals.reviewWithin,
    payload: { guildId: request.guildId, appealId: appeal.id },
  });
  const reviewers = level === 'first' ? 'moderators' : 'admins (final appeal)';
  const onBehalf = appeal.filedBy === appeal.userId ? '' : ` (filed by <@${appeal.filedBy}>)`;
  await alertModerators(
    ctx,
    places,
    level === 'first' ? 'moderate' : 'severe',
    `📨 **Appeal #${appeal.id}** of case #${c.id} by <@${appeal.userId}>${onBehalf} for the ${reviewers}: “${appeal.statement.slice(0, 800)}”. Decide within ${describeDuration(config.appeals.reviewWithin)}: the buttons below, or \`/review-appeal appeal:${appeal.id}\`.`,
    [decisionButtonsRow(appeal.id)],
  );
  if (appeal.filedBy !== appeal.userId) {
    // A moderator filing for a member (banned, DMs closed) acts for them: a staff action.
    await ctx.audit({
      guildId: request.guildId,
      actor: `discord:${appeal.filedBy}`,
      action: 'moderation.appeal_file',
      target: `case#${c.id}`,
      details: { caseId: c.id, appealId: appeal.id, level },
    });
  }
  await ctx.emit(
    'moderation.appeal_filed',
    { appealId: appeal.id, caseId: c.id, userId: appeal.userId, level },
    { key: `appeal:${appeal.id}`, guildId: request.guildId },
  );
  return { ok: true, appeal };
}
