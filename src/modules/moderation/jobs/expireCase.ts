import { defineJob } from '../../../core/defineJob.js';
import { isNotFound } from '../../../platform/PlatformError.js';
import { closeCase } from '../cases/closeCase.js';
import { describeAction } from '../cases/describeCase.js';
import { findCase } from '../cases/findCase.js';
import { postNote } from '../cases/postCase.js';
import { moderationPlaces } from '../guild/ModerationPlaces.js';
import type { ModerationContext } from '../ModerationContext.js';
import { CaseJobPayload } from './jobPayloads.js';

/**
 * Job: a timed case's time is up. A temporary ban is lifted (one already lifted by hand is
 * fine); a timeout is marked over (Discord ends it by itself). A case no longer active
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
    if (c.action === 'ban' && c.userId !== null) {
      try {
        await ctx.platform.unbanMember(c.guildId, c.userId, `Case #${c.id}: temporary ban ended`);
      } catch (error) {
        if (!isNotFound(error, 'ban')) throw error;
      }
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
