import type { ModerationContext } from '../ModerationContext.js';
import { moderationDb, type CaseStatus } from '../ModerationTables.js';
import type { ModerationCase } from './ModerationCase.js';

/**
 * Ends a case that is in force (expired, lifted by a moderator, overturned on appeal) and
 * emits `moderation.case_closed`. A case already closed is left as it is; when it was closed
 * with this same outcome (a re-run after a crash between the update and the emit), the event
 * is emitted again: its id comes from the case (`case:<id>`), so the event log keeps one.
 * @param ctx - module context
 * @param c - the case
 * @param outcome - why it ends
 * @param reason - in words, kept on the case
 * @returns false when the case was not active
 */
export async function closeCase(
  ctx: ModerationContext,
  c: ModerationCase,
  outcome: Exclude<CaseStatus, 'active'>,
  reason: string,
): Promise<boolean> {
  const now = ctx.clock.now();
  const updated = await moderationDb(ctx.db)
    .updateTable('moderation_cases')
    .set({ status: outcome, closed_at: now, close_reason: reason })
    .where('id', '=', c.id)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) {
    const current = await moderationDb(ctx.db)
      .selectFrom('moderation_cases')
      .select('status')
      .where('id', '=', c.id)
      .executeTakeFirst();
    if (current?.status === outcome) await emitClosed(ctx, c, outcome);
    return false;
  }
  c.status = outcome;
  c.closedAt = now;
  c.closeReason = reason;
  await emitClosed(ctx, c, outcome);
  return true;
}

async function emitClosed(
  ctx: ModerationContext,
  c: ModerationCase,
  outcome: Exclude<CaseStatus, 'active'>,
): Promise<void> {
  await ctx.emit(
    'moderation.case_closed',
    { caseId: c.id, userId: c.userId, action: c.action, outcome },
    { key: `case:${c.id}`, guildId: c.guildId },
  );
}
