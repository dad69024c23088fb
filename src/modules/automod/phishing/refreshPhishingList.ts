import { z } from 'zod';
import { defineJob } from '../../../core/defineJob.js';
import type { AutomodContext } from '../AutomodContext.js';
import { automodDb } from '../AutomodTables.js';
import { domainsOf } from './shippedPhishingDomains.js';

const FETCH_TIMEOUT_MS = 30_000;

/**
 * Schedules the next fetch of `automod.phishing.refreshUrl`, in the next slot of
 * `refreshEvery` (one job per slot: restarts schedule nothing twice).
 * @param ctx - module context
 * @param soon - run in this slot (at start) rather than the next
 */
export async function schedulePhishingRefresh(ctx: AutomodContext, soon: boolean): Promise<void> {
  const { refreshUrl, refreshEvery } = ctx.config.phishing;
  if (refreshUrl === null) return;
  const slot = Math.floor(ctx.clock.now() / refreshEvery) + (soon ? 0 : 1);
  await ctx.schedule(refreshPhishingJob, {
    key: `automod:phishing-refresh:${slot}`,
    runAt: soon ? ctx.clock.now() : slot * refreshEvery,
    payload: { url: refreshUrl },
  });
}

/**
 * Uses the last good copy of the fetched list, when there is one (at start).
 * @param ctx - module context
 */
export async function loadStoredPhishingList(ctx: AutomodContext): Promise<void> {
  const { refreshUrl } = ctx.config.phishing;
  if (refreshUrl === null) return;
  const row = await automodDb(ctx.db)
    .selectFrom('automod_phishing_lists')
    .select('domains')
    .where('source_url', '=', refreshUrl)
    .executeTakeFirst();
  if (row !== undefined) ctx.state.runtime.usePhishingDomains(domainsOf(JSON.parse(row.domains)));
}

/**
 * Job: fetches the phishing list, keeps it as the last good copy and starts using it. The
 * next fetch is scheduled first, so a failing source does not end the refreshes; a failed
 * fetch is retried by the scheduler and the previous copy stays in use. It fetches the
 * configured `refreshUrl` (the payload's `url` says which it was scheduled for). Stored as
 * `refreshPhishingList` with `{ url }`: name and payload never change.
 */
export const refreshPhishingJob = defineJob({
  name: 'refreshPhishingList',
  payload: z.object({ url: z.string() }),
  maxAttempts: 3,
  run: refreshPhishingList,
});

async function refreshPhishingList(_payload: { url: string }, ctx: AutomodContext): Promise<void> {
  const { refreshUrl } = ctx.config.phishing;
  if (refreshUrl === null) return;
  await schedulePhishingRefresh(ctx, false);
  const response = await fetch(refreshUrl, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`phishing list ${refreshUrl}: HTTP ${response.status}`);
  const domains = domainsOf(await response.json());
  if (domains.length === 0) throw new Error(`phishing list ${refreshUrl} is empty; keeping the previous copy`);
  const now = ctx.clock.now();
  await automodDb(ctx.db)
    .insertInto('automod_phishing_lists')
    .values({ source_url: refreshUrl, domains: JSON.stringify(domains), fetched_at: now, size: domains.length })
    .onConflict((oc) =>
      oc.column('source_url').doUpdateSet({ domains: JSON.stringify(domains), fetched_at: now, size: domains.length }),
    )
    .execute();
  ctx.state.runtime.usePhishingDomains(domains);
  ctx.log.info({ url: refreshUrl, domains: domains.length }, 'automod: phishing list refreshed');
}
