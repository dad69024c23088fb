import { z } from 'zod';
import { defineJob } from '../../../../core/defineJob.js';
import type { CrosspostContext } from '../../CrosspostContext.js';
import { adaptFor } from '../posts/previewPost.js';
import { draftOf, findPost } from '../posts/postStore.js';
import { postWebhook, type AttemptResult } from './postWebhook.js';
import { recordAttempt } from './recordAttempt.js';
import { targetEnvironment } from './targetEnvironment.js';
import { webhookPayload } from './webhookPayload.js';

const DeliverPayload = z.object({
  guildId: z.string(),
  postId: z.string(),
  targetId: z.string(),
  attempt: z.number().int().min(1),
});

/**
 * The job key of one delivery attempt.
 * @param postId - the post
 * @param targetId - the target
 * @param attempt - 1 upwards
 */
export function deliveryJobKey(postId: string, targetId: string, attempt: number): string {
  return `deliver:${postId}:${targetId}:${attempt}`;
}

/**
 * Delay before attempt `next` (2 upwards): 30 s, 2 min, 8 min, 32 min, then an hour.
 * @param next - the attempt about to be scheduled
 */
export function retryDelayMs(next: number): number {
  return Math.min(30_000 * 4 ** (next - 2), 3_600_000);
}

/**
 * One delivery attempt of a published post to one outgoing target. Each attempt is its own
 * job that never throws: its result is recorded (a throw would roll the record back), and a
 * retryable failure before `maxAttempts` schedules the next attempt with a growing delay.
 */
export const deliverJob = defineJob({
  name: 'deliver',
  payload: DeliverPayload,
  maxAttempts: 1,
  async run({ guildId, postId, targetId, attempt }, ctx: CrosspostContext) {
    const post = await findPost(ctx, guildId, postId);
    if (post === null) return;
    const target = ctx.config.announcements.targets.find((t) => t.id === targetId);
    const at = ctx.clock.now();
    let result: AttemptResult;
    if (target === undefined || !target.enabled) {
      result = {
        ok: false,
        httpStatus: null,
        error: `target ${targetId} is no longer configured or enabled`,
        retry: false,
      };
    } else {
      const env = targetEnvironment(target);
      if ('error' in env) {
        result = { ok: false, httpStatus: null, error: env.error, retry: false };
      } else {
        const draft = draftOf(post);
        const body = webhookPayload(target.platform, adaptFor(ctx, draft, target.platform), draft);
        result = await postWebhook(env.url, env.headers, body, `${postId}:${targetId}`, attempt);
      }
    }
    const platform = target?.platform ?? 'generic';
    const last = !result.ok && (!result.retry || attempt >= ctx.config.announcements.maxAttempts);
    await recordAttempt(ctx, { guildId, postId, targetId, attempt, at, result, final: result.ok || last });
    if (result.ok) {
      await ctx.emit(
        'crosspost.delivered',
        { postId, targetId, platform, attempt, httpStatus: result.httpStatus },
        { key: `${postId}:${targetId}`, guildId },
      );
    } else if (last) {
      await ctx.emit(
        'crosspost.failed',
        { postId, targetId, platform, attempts: attempt, httpStatus: result.httpStatus },
        { key: `${postId}:${targetId}`, guildId },
      );
    } else {
      await ctx.schedule(deliverJob, {
        key: deliveryJobKey(postId, targetId, attempt + 1),
        runAt: at + retryDelayMs(attempt + 1),
        payload: { guildId, postId, targetId, attempt: attempt + 1 },
        maxAttempts: 1,
      });
    }
  },
});
