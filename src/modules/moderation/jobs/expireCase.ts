import { defineJob } from '../../../core/defineJob.js';
import { closeCase } from '../cases/closeCase.js';
import { describeAction } from '../cases/describeCase.js';
import { findCase } from '../cases/findCase.js';
import { postNote } from '../cases/postCase.js';
import { moderationPlaces } from '../guild/ModerationPlaces.js';
import type { ModerationContext } from '../ModerationContext.js';
import { moderationDb } from '../ModerationTables.js';
import { CaseJobPayload } from './jobPayloads.js';

/**
 * Job: a timed case's time is up. A temporary ban is lifted (one already lifted by hand is
 * fine), unless another ban of the member is still active (permanent, or ending later); a timeout is marked over (Discord ends it by itself). A case no longer active
 * (lifted, overturned, erased) is left alone. Runs once per case, across restarts.
 *
 * Re-runnable at any point: the "has ended" note is posted before the case is closed, with a
 * nonce from the case (a second post returns the first), and a case found already expired
 * emits `moderation.case_closed` again (deduplicated by the event log), so a crash between
 * the steps loses nothing and doubles nothing.
 */
export const expireCaseJob = defineJob({
  name: 'expireCase',
  payload: CaseJobPayload,
  async run(job, ctx: ModerationContext) {
    const c = await findCase(ctx.db, job.guildId, job.caseId);
    if (c === null || c.expiresAt === null || c.expiresAt > ctx.clock.now()) return;
    const reason = `${describeAction(c)} ended`;
    if (c.status === 'expired') {
      await closeCase(ctx, c, 'expired', reason);
      return;
    }
    if (c.status !== 'active') return;
    // Queued in the outbox (a ban already lifted by hand counts as done). Another ban of the
    // member still running keeps them banned.
    if (c.action === 'ban' && c.userId !== null && !(await otherBanRuns(ctx, c.guildId, c.userId, c.id))) {
      await ctx.platform.unbanMember(c.guildId, c.userId, `Case #${c.id}: temporary ban ended`);
    }
    const places = await moderationPlaces(ctx, c.guildId);
    await postNote(
      ctx,
      places,
      `⏱️ Case #${c.id}: the ${describeAction(c).toLowerCase()} of <@${c.userId ?? ''}> has ended.`,
      `moderation:case-ended:${c.guildId}:${c.id}`,
    );
    await closeCase(ctx, c, 'expired', reason);
  },
});

/** True when a ban case of the member other than `caseId` is active and not over. */
async function otherBanRuns(ctx: ModerationContext, guildId: string, userId: string, caseId: number): Promise<boolean> {
  const now = ctx.clock.now();
  const other = await moderationDb(ctx.db)
    .selectFrom('moderation_cases')
    .select('id')
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .where('action', '=', 'ban')
    .where('status', '=', 'active')
    .where('id', '!=', caseId)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
    .executeTakeFirst();
  return other !== undefined;
}
