import { z } from 'zod';
import { defineJob } from '../../../core/defineJob.js';
import { performOutcomes } from '../live/performOutcomes.js';
import type { RecognitionContext } from '../RecognitionContext.js';
import { recognitionDb } from '../RecognitionTables.js';

const DAY = 86_400_000;
const BATCH = 200;

const SyncPayload = z.object({
  guildId: z.string(),
  /** Names the sync run in job keys: the day number, or `recompute:<event id>`. */
  run: z.string(),
  after: z.string(),
});

/**
 * Schedules a level sync: the daily one at the next midnight (UTC), keyed by guild and day,
 * or, with `run`, one starting now.
 * @param ctx - module context
 * @param guildId - the guild
 * @param now - epoch ms
 * @param run - a name for an extra run starting now (after a recompute)
 */
export async function scheduleLevelSync(
  ctx: RecognitionContext,
  guildId: string,
  now: number,
  run?: string,
): Promise<void> {
  const day = Math.floor(now / DAY) + 1;
  const name = run ?? String(day);
  await ctx.schedule(syncLevelsJob, {
    key: `levels:${guildId}:${name}:`,
    runAt: run === undefined ? day * DAY : now,
    payload: { guildId, run: name, after: '' },
  });
}

/**
 * Job: re-evaluates the level of every member Guildhall knows, in batches (each batch a job
 * of its own, so a restart resumes where it was), for what time alone changes (tenure) and
 * for roles that drifted after a recompute. Members whose level did not change cost no
 * platform request. The last batch schedules the next daily sync.
 */
export const syncLevelsJob = defineJob({
  name: 'syncLevels',
  payload: SyncPayload,
  run: syncLevels,
});

async function syncLevels(
  { guildId, run, after }: z.output<typeof SyncPayload>,
  ctx: RecognitionContext,
): Promise<void> {
  if (ctx.config.levels.length === 0) return;
  const members = await recognitionDb(ctx.db)
    .selectFrom('recognition_members')
    .select('user_id')
    .where('guild_id', '=', guildId)
    .where('user_id', '>', after)
    .orderBy('user_id')
    .limit(BATCH)
    .execute();
  await performOutcomes(
    ctx,
    guildId,
    members.map((m) => ({ type: 'member_changed', userId: m.user_id })),
  );
  const last = members.at(-1)?.user_id;
  if (members.length === BATCH && last !== undefined) {
    await ctx.schedule(syncLevelsJob, {
      key: `levels:${guildId}:${run}:${last}`,
      runAt: ctx.clock.now(),
      payload: { guildId, run, after: last },
    });
  } else {
    await scheduleLevelSync(ctx, guildId, ctx.clock.now());
  }
}
