import type { JobHandler } from '../../../core/defineModule.js';
import { closeCase } from '../cases/closeCase.js';
import { describeAction } from '../cases/describeCase.js';
import { findCase } from '../cases/findCase.js';
import { postNote } from '../cases/postCase.js';
import { moderationPlaces } from '../guild/ModerationPlaces.js';
import type { ModerationConfig } from '../ModerationConfig.js';
import { isUnknownError } from '../sanctions/isUnknownError.js';
import { caseJobPayload } from './jobPayload.js';

/**
 * Job: a timed case's time is up. A temporary ban is lifted (one already lifted by hand is
 * fine); a timeout is marked over (Discord ends it by itself). A case no longer active
 * (lifted, overturned) is left alone. Runs once per case, across restarts.
 */
export const expireCase: JobHandler<ModerationConfig> = async (payload, ctx) => {
  const job = caseJobPayload(payload);
  if (job === null) return;
  const c = await findCase(ctx.db, job.guildId, job.caseId);
  if (c === null || c.status !== 'active' || c.expiresAt === null || c.expiresAt > ctx.clock.now()) return;
  if (c.action === 'ban' && c.userId !== null) {
    try {
      await ctx.platform.unbanMember(c.guildId, c.userId, `Case #${c.id}: temporary ban ended`);
    } catch (error) {
      if (!isUnknownError(error, 'Ban')) throw error;
    }
  }
  if (!(await closeCase(ctx, c, 'expired', `${describeAction(c)} ended`))) return;
  const places = await moderationPlaces(ctx, c.guildId);
  await postNote(
    ctx,
    places,
    `⏱️ Case #${c.id}: the ${describeAction(c).toLowerCase()} of <@${c.userId ?? ''}> has ended.`,
  );
};
