import { isNotFound } from '../../../platform/PlatformError.js';
import { findCase } from '../cases/findCase.js';
import { postNote } from '../cases/postCase.js';
import type { ModerationPlaces } from '../guild/ModerationPlaces.js';
import type { ModerationContext } from '../ModerationContext.js';
import { moderationDb } from '../ModerationTables.js';
import { hasAuthority, type Invoker } from '../permissions/authority.js';
import { toAppeal, verdictText, type Appeal } from './Appeal.js';
import { appealButtonRow } from './appealButton.js';

/**
 * Why an appeal may not be decided: it (or its case) does not exist, the reviewer may not
 * decide it, or it was decided already.
 */
export type RefusalKind = 'missing' | 'not_allowed' | 'decided';

/** A refusal to decide, with the sentence the reviewer reads. */
export interface DecisionRefusal {
  ok: false;
  reason: string;
  kind: RefusalKind;
}

/** The outcome of a decision. */
export type Decision =
  | {
      ok: true;
      appeal: Appeal;
      undone: string | null;
      /** The member got the decision by DM (or in the channel fallback). */
      told: boolean;
    }
  | DecisionRefusal;

/**
 * Reads an appeal this reviewer may decide now: it exists in the guild, the reviewer has the
 * authority its level needs (moderators for first appeals, admins for final ones), and it is
 * still pending.
 * @param ctx - module context
 * @param places - the resolved roles
 * @param request - the appeal and the reviewer
 */
export async function reviewableAppeal(
  ctx: ModerationContext,
  places: ModerationPlaces,
  request: { guildId: string; appealId: number; reviewer: Invoker },
): Promise<{ ok: true; appeal: Appeal } | DecisionRefusal> {
  const row = await moderationDb(ctx.db)
    .selectFrom('moderation_appeals')
    .selectAll()
    .where('guild_id', '=', request.guildId)
    .where('id', '=', request.appealId)
    .executeTakeFirst();
  if (row === undefined) return { ok: false, reason: `There is no appeal #${request.appealId}.`, kind: 'missing' };
  const appeal = toAppeal(row);
  const authority = appeal.level === 'first' ? 'moderator' : 'admin';
  if (!hasAuthority(places, request.reviewer, authority)) {
    return {
      ok: false,
      reason: `Appeal #${appeal.id} is a ${appeal.level} appeal: only ${authority}s can decide it.`,
      kind: 'not_allowed',
    };
  }
  if (appeal.status !== 'pending')
    return { ok: false, reason: `Appeal #${appeal.id} was already decided (${appeal.status}).`, kind: 'decided' };
  return { ok: true, appeal };
}

/**
 * Decides an appeal with a reason. First appeals are for moderators, final appeals for
 * admins; nobody reviews an appeal of their own action (the server owner excepted).
 * Overturning ends the case as `overturned` (its strike no longer counts, it counts as a
 * false positive of its rule) and undoes what is still in force: a ban is lifted, a running
 * timeout ended. The member is told the decision and the reasoning.
 * @param ctx - module context
 * @param places - the resolved channels and roles
 * @param request - the appeal, the decision, the reasoning, the reviewer, and where they
 *   decided when not in Discord (`dashboard`: noted in the audit entry's details)
 */
export async function decideAppeal(
  ctx: ModerationContext,
  places: ModerationPlaces,
  request: {
    guildId: string;
    appealId: number;
    outcome: 'upheld' | 'overturned';
    reason: string;
    reviewer: Invoker;
    via?: 'dashboard';
  },
): Promise<Decision> {
  const reviewable = await reviewableAppeal(ctx, places, request);
  if (!reviewable.ok) return reviewable;
  const { appeal } = reviewable;
  const db = moderationDb(ctx.db);
  const c = await findCase(ctx.db, request.guildId, appeal.caseId);
  if (c === null) return { ok: false, reason: `Case #${appeal.caseId} no longer exists.`, kind: 'missing' };
  const owner = request.reviewer.userId === places.guild.ownerId;
  if (!owner && (c.actorId === request.reviewer.userId || appeal.userId === request.reviewer.userId)) {
    return {
      ok: false,
      reason: 'You took part in this case: another reviewer must decide the appeal.',
      kind: 'not_allowed',
    };
  }
  const now = ctx.clock.now();
  const decided = await db
    .updateTable('moderation_appeals')
    .set({
      status: request.outcome,
      decided_at: now,
      decided_by: request.reviewer.userId,
      decision_reason: request.reason,
    })
    .where('id', '=', appeal.id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  if (Number(decided.numUpdatedRows) === 0)
    return { ok: false, reason: `Appeal #${appeal.id} was just decided by someone else.`, kind: 'decided' };
  Object.assign(appeal, {
    status: request.outcome,
    decidedAt: now,
    decidedBy: request.reviewer.userId,
    decisionReason: request.reason,
  });

  let undone: string | null = null;
  if (request.outcome === 'overturned') {
    const wasActive = c.status === 'active';
    await db
      .updateTable('moderation_cases')
      .set({
        status: 'overturned',
        closed_at: now,
        close_reason: `overturned on appeal #${appeal.id}: ${request.reason}`,
      })
      .where('id', '=', c.id)
      .execute();
    const audit = `Case #${c.id} overturned on appeal #${appeal.id}`;
    try {
      if (wasActive && c.action === 'ban') {
        await ctx.platform.unbanMember(c.guildId, appeal.userId, audit);
        undone = 'ban lifted';
      } else if (wasActive && c.action === 'timeout' && c.expiresAt !== null && c.expiresAt > now) {
        await ctx.platform.timeoutMember(c.guildId, appeal.userId, null, audit);
        undone = 'timeout ended';
      }
    } catch (error) {
      if (!isNotFound(error, 'ban') && !isNotFound(error, 'member')) throw error;
    }
    await ctx.emit(
      'moderation.case_closed',
      { caseId: c.id, userId: c.userId, action: c.action, outcome: 'overturned' },
      { key: `case:${c.id}`, guildId: c.guildId },
    );
  }

  await ctx.audit({
    guildId: c.guildId,
    actor: `discord:${request.reviewer.userId}`,
    action: request.outcome === 'upheld' ? 'moderation.appeal_uphold' : 'moderation.appeal_overturn',
    target: `case#${c.id}`,
    details: {
      reason: request.reason,
      caseId: c.id,
      appealId: appeal.id,
      level: appeal.level,
      undone,
      ...(request.via === undefined ? {} : { via: request.via }),
    },
  });

  const community = ctx.community.community.name;
  const finalLeft = request.outcome === 'upheld' && appeal.level === 'first' && ctx.config.appeals.finalAppeal;
  const more = finalLeft
    ? ` You may appeal once more, to the admins: press the button below (or use \`/appeal case:${c.id}\`).`
    : '';
  const verdict = verdictText(request.outcome);
  const content = `📨 Your appeal of case #${c.id} in **${community}** was ${verdict}${undone === null ? '' : ` (${undone})`}. Reason: ${request.reason}.${more}`;
  let told = false;
  try {
    const fallback = ctx.config.dmFallback && c.action !== 'ban' ? appeal.channelId : null;
    // At once (the mod-log note says whether the member was told), keyed by the appeal so a
    // re-run after a crash sends it once.
    const sent = await ctx.platformNow.sendDirectMessage(
      c.guildId,
      appeal.userId,
      {
        content: content.slice(0, 2000),
        components: finalLeft ? [appealButtonRow(c.id, true)] : [],
        nonce: `moderation:decision:${appeal.id}`,
      },
      fallback,
    );
    told = sent.deliveredVia !== 'none';
  } catch (error) {
    ctx.log.warn({ err: error, appealId: appeal.id }, 'moderation: could not tell the member the decision');
  }
  const untold = told
    ? ''
    : ' The member could not be told by DM (Discord only delivers DMs to members who share a server with the bot, with DMs open); the Appeal button on their notice shows them the decision.';
  await postNote(
    ctx,
    places,
    `📨 Appeal #${appeal.id} (${appeal.level}) of case #${c.id}: **${request.outcome}** by <@${request.reviewer.userId}>${undone === null ? '' : ` (${undone})`}. Reason: ${request.reason}.${untold}`.slice(
      0,
      2000,
    ),
  );
  await ctx.emit(
    'moderation.appeal_decided',
    {
      appealId: appeal.id,
      caseId: c.id,
      userId: appeal.userId,
      level: appeal.level,
      outcome: request.outcome,
      reviewerId: request.reviewer.userId,
      ruleId: c.ruleId,
    },
    { key: `appeal:${appeal.id}`, guildId: c.guildId },
  );
  return { ok: true, appeal, undone, told };
}
