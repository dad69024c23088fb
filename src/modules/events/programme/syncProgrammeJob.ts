import { createHash } from 'node:crypto';
import { z } from 'zod';
import { defineJob } from '../../../core/defineJob.js';
import type { EventsContext } from '../EventsContext.js';
import { syncProgramme } from './syncProgramme.js';

/** How often the programme is synced (occurrences entering the horizon are created). */
export const SYNC_EVERY = 3_600_000;

/**
 * Job: one programme sync (`syncProgramme`), then the next at the following full hour. Keyed
 * `sync:<guild>:<hour start>`, so every start and every run ask for each hour's sync once.
 */
export const syncProgrammeJob = defineJob({
  name: 'syncProgramme',
  payload: z.object({ guildId: z.string() }),
  async run({ guildId }, ctx: EventsContext) {
    await syncProgramme(ctx, guildId);
    if (hasProgramme(ctx)) await scheduleProgrammeSync(ctx, guildId, nextHour(ctx.clock.now()));
  },
});

/**
 * Whether the file declares anything to sync: with no programme and no one-off the module
 * schedules nothing (test communities count their jobs).
 * @param ctx - module context
 */
export function hasProgramme(ctx: EventsContext): boolean {
  return ctx.config.enabled && (ctx.config.programme.length > 0 || ctx.config.oneOff.length > 0);
}

/**
 * Schedules the sync due at `runAt`, keyed by the start of its hour.
 * @param ctx - module context
 * @param guildId - the guild
 * @param runAt - epoch ms
 */
export async function scheduleProgrammeSync(ctx: EventsContext, guildId: string, runAt: number): Promise<void> {
  const hour = Math.floor(runAt / SYNC_EVERY) * SYNC_EVERY;
  await ctx.schedule(syncProgrammeJob, { key: `sync:${guildId}:${hour}`, runAt, payload: { guildId } });
}

/**
 * Schedules the sync a start asks for: now, keyed by the hour and the programme settings, so
 * a restart with the same file in the same hour adds nothing and a changed file syncs at once.
 * @param ctx - module context
 * @param guildId - the guild
 */
export async function scheduleStartSync(ctx: EventsContext, guildId: string): Promise<void> {
  const now = ctx.clock.now();
  const { programme, oneOff, timezone, horizon, maxScheduled, useNativeRecurrence } = ctx.config;
  const settings = JSON.stringify({ programme, oneOff, timezone, horizon, maxScheduled, useNativeRecurrence });
  const digest = createHash('sha256').update(settings).digest('hex').slice(0, 12);
  const hour = Math.floor(now / SYNC_EVERY) * SYNC_EVERY;
  await ctx.schedule(syncProgrammeJob, { key: `sync:${guildId}:${hour}:${digest}`, runAt: now, payload: { guildId } });
}

/**
 * The next full hour after `now`.
 * @param now - epoch ms
 */
export function nextHour(now: number): number {
  return (Math.floor(now / SYNC_EVERY) + 1) * SYNC_EVERY;
}
